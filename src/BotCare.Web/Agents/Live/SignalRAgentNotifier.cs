using BotCare.Builder;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web;

/// <summary>
/// The people side, told through <see cref="AgentConsoleBroadcast"/>: every console hears that the queue changed, and
/// the consoles watching a conversation hear what changed in it. The messages themselves reach watchers through
/// <see cref="LiveTranscriptMiddleware"/>, which sees every message whoever owns the chat.
/// </summary>
public sealed class SignalRAgentNotifier(AgentConsoleBroadcast consoles) : IAgentNotifier
{
    /// <summary>
    /// Nothing more to tell: the message reaches the consoles watching the chat through
    /// <see cref="LiveTranscriptMiddleware"/>, and the queue itself did not change, so telling every console to refetch
    /// it on every customer message would only cost each of them a request (and, with several instances, a notification).
    /// </summary>
    public Task CustomerMessageAsync(ConversationOwnership ownership, IMessageActivity message, CancellationToken cancellationToken = default) =>
        Task.CompletedTask;

    public async Task OwnerChangedAsync(string conversationId, OwnershipChange change, CancellationToken cancellationToken = default)
    {
        await consoles.QueueChangedAsync();
        await consoles.ConversationChangedAsync(conversationId);
    }

    public Task NotesChangedAsync(string conversationId, CancellationToken cancellationToken = default) =>
        consoles.ConversationChangedAsync(conversationId);
}
