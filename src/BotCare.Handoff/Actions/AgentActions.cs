using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// What an agent does to a chat, applied where it belongs: the shared queue first (its conditional update picks one
/// winner among agents), then the conversation itself, in a turn of its own, so the owner changes under the same
/// ETag check as the customer's turns and the customer hears of it on their channel. A hand-back reaches the dialogs
/// as the <c>handoff.status</c> event <c>completed</c>, and the bot picks the conversation up from there.
/// </summary>
public sealed class AgentActions
{
    private readonly IEscalationQueue _queue;
    private readonly IConversationTurns _turns;
    private readonly IStatePropertyAccessor<ConversationOwnership> _ownership;
    private readonly IStorage _storage;
    private readonly IBot _bot;
    private readonly IAgentNotifier _notifier;
    private readonly TimeProvider _time;

    /// <param name="queue">The shared escalation queue.</param>
    /// <param name="turns">Runs a turn in a conversation on its channel's adapter.</param>
    /// <param name="conversationState">The state the owner lives in.</param>
    /// <param name="storage">
    /// The store under <paramref name="conversationState"/>: read after each turn to confirm what was saved, since an
    /// adapter's turn-error handler reports a failed turn to the customer rather than to the caller.
    /// </param>
    /// <param name="bot">The bot, resumed on a hand-back.</param>
    /// <param name="notifier">The console, told of every move.</param>
    /// <param name="time">The clock.</param>
    public AgentActions(IEscalationQueue queue, IConversationTurns turns, ConversationState conversationState, IStorage storage, IBot bot, IAgentNotifier notifier, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _turns = turns ?? throw new ArgumentNullException(nameof(turns));
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        _notifier = notifier ?? throw new ArgumentNullException(nameof(notifier));
        _ownership = conversationState.CreateProperty<ConversationOwnership>(HandoffRoutingMiddleware.PropertyName);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// The agent takes the waiting chat: null when someone else won it, or when the conversation is no longer waiting
    /// (the entry is then closed). The customer is told who joined. When the conversation could not be changed
    /// (storage down), the chat goes back to the queue and an <see cref="InvalidOperationException"/> says so.
    /// </summary>
    public async Task<QueueEntry?> ClaimAsync(string conversationId, AgentAccount agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await _queue.TryAssignAsync(conversationId, agent.Id, _time.GetUtcNow(), cancellationToken) is not { } entry)
        {
            return null;
        }

        OwnershipChange? moved;
        ConversationOwnership? saved;
        try
        {
            moved = await RunAsync(entry, Continuation(entry, status: null), async (turn, ownership, ct) =>
            {
                if (ownership.TryAssign(agent.Id, _time.GetUtcNow()))
                {
                    await turn.SendActivityAsync(MessageFactory.Text(HandoffResponses.AgentJoined(agent.DisplayName)), ct);
                }
            }, cancellationToken);
            saved = await SavedOwnershipAsync(entry, cancellationToken);
        }
        catch
        {
            await _queue.TryReleaseAsync(conversationId, agent.Id, CancellationToken.None);
            throw;
        }

        switch (saved)
        {
            case { Owner: ConversationOwner.Agent } held when held.AgentId == agent.Id:
                await NotifyAsync(entry, moved, cancellationToken);
                return entry;
            case { Owner: ConversationOwner.Queued }:
                await _queue.TryReleaseAsync(conversationId, agent.Id, CancellationToken.None);
                throw new InvalidOperationException($"The conversation '{conversationId}' could not be given to {agent.Id}; it is back in the queue.");
            default:
                // The customer is no longer waiting (back with the bot, or closed): the entry was stale.
                await _queue.CloseAsync(conversationId, _time.GetUtcNow(), CancellationToken.None);
                return null;
        }
    }

    /// <summary>
    /// The agent gives the chat back to the bot with what happened: false unless this agent holds it. The queue entry
    /// closes, and the dialogs resume on the <c>completed</c> status (confirming what was agreed, asking the closing
    /// questions). When the conversation could not be changed, the agent keeps the chat (in the queue too) and an
    /// <see cref="InvalidOperationException"/> says so.
    /// </summary>
    public async Task<bool> HandBackAsync(string conversationId, AgentAccount agent, string? whatHappened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await HeldByAsync(conversationId, agent, cancellationToken) is not { } entry)
        {
            return false;
        }

        var moved = await RunAsync(entry, Continuation(entry, new HandoffStatus(HandoffStates.Completed, whatHappened)), async (turn, ownership, ct) =>
        {
            if (ownership.TryReturnToBot(agent.Id, _time.GetUtcNow(), string.IsNullOrWhiteSpace(whatHappened) ? "handed back" : whatHappened))
            {
                // Closed before the bot resumes, so an escalation the resumed dialogs make starts a new wait.
                await _queue.CloseAsync(conversationId, _time.GetUtcNow(), ct);
                await _bot.OnTurnAsync(turn, ct);
            }
        }, cancellationToken);

        var saved = await SavedOwnershipAsync(entry, cancellationToken);
        if (moved is not null && saved is { Owner: ConversationOwner.Agent } && saved.AgentId == agent.Id)
        {
            // The turn did not save (storage down): the agent still has the chat, so the queue must say so again.
            await _queue.EnqueueAsync(entry, CancellationToken.None);
            await _queue.TryAssignAsync(conversationId, agent.Id, entry.AssignedAt ?? _time.GetUtcNow(), CancellationToken.None);
            throw new InvalidOperationException($"The conversation '{conversationId}' could not be handed back; {agent.Id} still has it.");
        }

        await NotifyAsync(entry, moved, cancellationToken);
        return moved is not null;
    }

    /// <summary>
    /// The agent's reply, delivered to the customer on their own channel as a message of this conversation: false
    /// unless this agent holds the chat. It starts with the agent's name, so the customer knows a person wrote it on
    /// every channel (the message itself comes from the bot's account). Typing is shown first, as a person types.
    /// </summary>
    public async Task<bool> SendAsync(string conversationId, AgentAccount agent, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (await HeldByAsync(conversationId, agent, cancellationToken) is not { } entry)
        {
            return false;
        }

        var sent = false;
        await RunAsync(entry, Continuation(entry, status: null), async (turn, ownership, ct) =>
        {
            sent = false;

            // The conversation's own record decides: a hand-back or transfer that landed first wins over this reply.
            if (ownership is not { Owner: ConversationOwner.Agent } || ownership.AgentId != agent.Id)
            {
                return;
            }

            var reply = MessageFactory.Text(HandoffResponses.FromAgent(agent.DisplayName, text));
            await turn.SendActivitiesAsync([new Activity(ActivityTypes.Typing), reply], ct);
            sent = true;
        }, cancellationToken);
        return sent;
    }

    /// <summary>The queue entry when <paramref name="agent"/> holds the chat; null otherwise.</summary>
    private async Task<QueueEntry?> HeldByAsync(string conversationId, AgentAccount agent, CancellationToken cancellationToken) =>
        await _queue.GetAsync(conversationId, cancellationToken) is { Status: QueueStatus.Assigned } entry && entry.AgentId == agent.Id ? entry : null;

    /// <summary>Runs <paramref name="action"/> in a turn of the conversation; the move it made in its last run, if any.</summary>
    private async Task<OwnershipChange?> RunAsync(QueueEntry entry, Activity continuation, Func<ITurnContext, ConversationOwnership, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        OwnershipChange? moved = null;
        await AgentTurn.RunAsync(() => _turns.RunAsync(continuation, async (turn, ct) =>
        {
            var ownership = await _ownership.GetAsync(turn, () => new ConversationOwnership(), ct);
            var before = ownership.Changes.Count;
            await action(turn, ownership, ct);
            moved = ownership.Changes.Count > before ? ownership.Changes[^1] : null;
        }, cancellationToken));
        return moved;
    }

    private async Task NotifyAsync(QueueEntry entry, OwnershipChange? moved, CancellationToken cancellationToken)
    {
        if (moved is not null)
        {
            await _notifier.OwnerChangedAsync(entry.ConversationId, moved, cancellationToken);
        }
    }

    /// <summary>The owner as the conversation's stored state holds it now.</summary>
    private async Task<ConversationOwnership?> SavedOwnershipAsync(QueueEntry entry, CancellationToken cancellationToken)
    {
        var key = ConversationState.StorageKeyFor(entry.ChannelId, entry.ConversationId);
        var stored = await _storage.ReadAsync([key], cancellationToken);
        if (!stored.TryGetValue(key, out var document) || BotJson.Convert<Dictionary<string, object?>>(document) is not { } properties
            || !properties.TryGetValue(HandoffRoutingMiddleware.PropertyName, out var ownership))
        {
            return null;
        }

        return BotJson.Convert<ConversationOwnership>(ownership);
    }

    /// <summary>
    /// The activity the agent's turn runs on: a plain continuation, or the status event the dialogs resume on. It stays
    /// the customer's (from their account), so user state and any later escalation are about the customer.
    /// </summary>
    private static Activity Continuation(QueueEntry entry, HandoffStatus? status)
    {
        var reference = BotJson.Deserialize<ConversationReference>(entry.ConversationReferenceJson)
            ?? throw new InvalidOperationException($"The queue entry of '{entry.ConversationId}' has no conversation reference.");
        var activity = reference.GetContinuationActivity();
        if (status is not null)
        {
            activity.Name = HandoffEventNames.HandoffStatus;
            activity.Value = status;
        }

        return activity;
    }
}
