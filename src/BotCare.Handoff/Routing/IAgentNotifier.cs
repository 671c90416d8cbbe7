using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// The people side of a conversation: what agents' consoles hear while the queue or an agent owns a chat. A turn
/// that is run again after losing its save (another instance changed the conversation) tells it again, so listeners
/// treat the activity id as the key and show a message once.
/// </summary>
public interface IAgentNotifier
{
    /// <summary>A customer's message that goes to people, not to the dialogs.</summary>
    Task CustomerMessageAsync(ConversationOwnership ownership, IMessageActivity message, CancellationToken cancellationToken = default);

    /// <summary>The conversation moved between the bot, the queue and people.</summary>
    Task OwnerChangedAsync(string conversationId, OwnershipChange change, CancellationToken cancellationToken = default);

    /// <summary>An agent added an internal note to the conversation.</summary>
    Task NotesChangedAsync(string conversationId, CancellationToken cancellationToken = default);
}
