using BotCare.Builder;

namespace BotCare.Handoff;

/// <summary>
/// Runs a proactive turn in a customer's conversation on the adapter of its channel (Direct Line for the website, the
/// Bot Framework connector for Teams and Slack), through the same middleware as the customer's own turns: one turn
/// at a time per conversation, state saved under its ETag, replies delivered to the customer's channel.
/// </summary>
public interface IConversationTurns
{
    Task RunAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken = default);
}
