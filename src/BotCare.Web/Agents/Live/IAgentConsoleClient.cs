namespace BotCare.Web;

/// <summary>What the server tells an agent's console over SignalR (the methods its JavaScript handles).</summary>
public interface IAgentConsoleClient
{
    /// <summary>The queue changed (a chat arrived, was taken, handed back or closed): fetch it again.</summary>
    Task QueueChanged();

    /// <summary>A message of a conversation the console watches: the customer's, the bot's or an agent's.</summary>
    Task ConversationActivity(string conversationId, TranscriptItem item);

    /// <summary>Something about a watched conversation changed (its owner, its notes): fetch its details again.</summary>
    Task ConversationChanged(string conversationId);

    /// <summary>A commitment is about to be broken (or already overdue) and nobody has completed it: act on it now.</summary>
    Task CommitmentAtRisk(AgentCommitmentItem commitment);
}
