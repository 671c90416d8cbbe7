namespace BotCare.Builder;

/// <summary>The sender is typing.</summary>
public interface ITypingActivity : IActivity
{
}
