namespace BotCare.Builder;

/// <summary>An edit of a message sent earlier.</summary>
public interface IMessageUpdateActivity : IMessageActivity
{
}
