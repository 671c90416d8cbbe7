using BotCare.Builder;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.SignalR;

namespace BotCare.Web;

/// <summary>
/// The people side over SignalR: every console hears that the queue changed, and the consoles watching a conversation
/// hear what changed in it. The messages themselves reach watchers through <see cref="LiveTranscriptMiddleware"/>,
/// which sees every message whoever owns the chat. A console that misses a push (reconnecting) fetches again, so a
/// failed push is logged, never fails the customer's turn.
/// </summary>
public sealed class SignalRAgentNotifier(IHubContext<AgentHub, IAgentConsoleClient> hub, ILogger<SignalRAgentNotifier> logger) : IAgentNotifier
{
    /// <summary>A new message from a waiting or held chat moves it in the agents' lists (last message, unread).</summary>
    public Task CustomerMessageAsync(ConversationOwnership ownership, IMessageActivity message, CancellationToken cancellationToken = default) =>
        PushAsync(() => hub.Clients.Group(AgentConsoleGroups.Everyone).QueueChanged());

    public Task OwnerChangedAsync(string conversationId, OwnershipChange change, CancellationToken cancellationToken = default) =>
        PushAsync(async () =>
        {
            await hub.Clients.Group(AgentConsoleGroups.Everyone).QueueChanged();
            await hub.Clients.Group(AgentConsoleGroups.Watching(conversationId)).ConversationChanged(conversationId);
        });

    public Task NotesChangedAsync(string conversationId, CancellationToken cancellationToken = default) =>
        PushAsync(() => hub.Clients.Group(AgentConsoleGroups.Watching(conversationId)).ConversationChanged(conversationId));

    private async Task PushAsync(Func<Task> push)
    {
        try
        {
            await push();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not tell the agents' consoles of a change; they will see it on their next fetch.");
        }
    }
}
