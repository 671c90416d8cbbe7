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
    /// <summary>A new message from a waiting or held chat moves it in the agents' lists (last message, unread).</summary>
    public Task CustomerMessageAsync(ConversationOwnership ownership, IMessageActivity message, CancellationToken cancellationToken = default) =>
        consoles.QueueChangedAsync();

    public async Task OwnerChangedAsync(string conversationId, OwnershipChange change, CancellationToken cancellationToken = default)
    {
        await consoles.QueueChangedAsync();
        await consoles.ConversationChangedAsync(conversationId);
    }

    public Task NotesChangedAsync(string conversationId, CancellationToken cancellationToken = default) =>
        consoles.ConversationChangedAsync(conversationId);
}
