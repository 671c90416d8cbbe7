namespace BotCare.Builder;

/// <summary>The deletion of a message sent earlier.</summary>
public interface IMessageDeleteActivity : IActivity
{
}
