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
    /// <summary>The conversation-state property agents' internal notes are kept in, beside the owner.</summary>
    public const string NotesPropertyName = "AgentNotes";

    private readonly IEscalationQueue _queue;
    private readonly IConversationTurns _turns;
    private readonly IStatePropertyAccessor<ConversationOwnership> _ownership;
    private readonly IStatePropertyAccessor<List<AgentNote>> _notes;
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
        _notes = conversationState.CreateProperty<List<AgentNote>>(NotesPropertyName);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// The agent takes the waiting chat. The queue's conditional update picks one winner; the agent's capacity is
    /// checked again after it, so that two claims of theirs at once cannot overfill it. The customer is told who
    /// joined. A conversation no longer waiting has its stale entry closed. When the conversation could not be
    /// changed (storage down), the chat goes back to the queue and an <see cref="InvalidOperationException"/> says so.
    /// </summary>
    public async Task<ClaimResult> ClaimAsync(string conversationId, AgentAccount agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await _queue.TryAssignAsync(conversationId, agent.Id, _time.GetUtcNow(), cancellationToken) is not { } entry)
        {
            return new ClaimResult(ClaimOutcome.TakenByOther);
        }

        if (await _queue.CountAssignedAsync(agent.Id, cancellationToken) > agent.Capacity)
        {
            await _queue.TryReleaseAsync(conversationId, agent.Id, CancellationToken.None);
            return new ClaimResult(ClaimOutcome.AtCapacity);
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
                return new ClaimResult(ClaimOutcome.Claimed, entry);
            case { Owner: ConversationOwner.Queued }:
                await _queue.TryReleaseAsync(conversationId, agent.Id, CancellationToken.None);
                throw new InvalidOperationException($"The conversation '{conversationId}' could not be given to {agent.Id}; it is back in the queue.");
            default:
                // The customer is no longer waiting (back with the bot, or closed): the entry was stale.
                await _queue.CloseAsync(conversationId, _time.GetUtcNow(), CancellationToken.None);
                return new ClaimResult(ClaimOutcome.NoLongerWaiting);
        }
    }

    /// <summary>
    /// The agent gives the chat back to the bot with what happened: false unless this agent holds it. The queue entry
    /// closes, and the dialogs resume on the <c>completed</c> status (confirming what was agreed, asking the closing
    /// questions). When the conversation could not be changed, the agent keeps the chat (in the queue too) and an
    /// <see cref="InvalidOperationException"/> says so.
    /// </summary>
    public Task<bool> HandBackAsync(string conversationId, AgentAccount agent, string? whatHappened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var why = string.IsNullOrWhiteSpace(whatHappened) ? "handed back" : whatHappened.Trim();
        return EndAsync(
            conversationId,
            agent,
            new HandoffStatus(HandoffStates.Completed, whatHappened),
            (ownership, at) => ownership.TryReturnToBot(agent.Id, at, why),
            farewell: null,
            cancellationToken);
    }

    /// <summary>
    /// The agent closes the chat with an outcome: false unless this agent holds it. The customer is told, the queue
    /// entry closes and the dialogs end on the <c>closed</c> status, so the next message starts a new story. When
    /// the conversation could not be changed, the agent keeps the chat and an <see cref="InvalidOperationException"/>
    /// says so.
    /// </summary>
    public Task<bool> CloseAsync(string conversationId, AgentAccount agent, string outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentException.ThrowIfNullOrWhiteSpace(outcome);
        return EndAsync(
            conversationId,
            agent,
            new HandoffStatus(HandoffStates.Closed, outcome),
            (ownership, at) => ownership.TryClose(agent.Id, at, outcome),
            HandoffResponses.Closed(agent.DisplayName),
            cancellationToken);
    }

    /// <summary>
    /// The holding agent passes the chat to <paramref name="to"/>: false unless <paramref name="agent"/> holds it and
    /// the other is someone else. The queue's conditional update moves it first, then the conversation's own record,
    /// and the customer hears who takes over. Notes and the brief go along, being the conversation's. When the
    /// conversation could not be changed, the chat stays with <paramref name="agent"/> and an
    /// <see cref="InvalidOperationException"/> says so.
    /// </summary>
    public async Task<bool> TransferAsync(string conversationId, AgentAccount agent, AgentAccount to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentNullException.ThrowIfNull(to);
        if (to.Id == agent.Id || await HeldByAsync(conversationId, agent, cancellationToken) is not { } entry
            || await _queue.TryTransferAsync(conversationId, agent.Id, to.Id, _time.GetUtcNow(), cancellationToken) is null)
        {
            return false;
        }

        OwnershipChange? moved;
        ConversationOwnership? saved;
        try
        {
            moved = await RunAsync(entry, Continuation(entry, status: null), async (turn, ownership, ct) =>
            {
                if (ownership.TryTransfer(agent.Id, to.Id, _time.GetUtcNow()))
                {
                    await turn.SendActivityAsync(MessageFactory.Text(HandoffResponses.Transferred(agent.DisplayName, to.DisplayName)), ct);
                }
            }, cancellationToken);
            saved = await SavedOwnershipAsync(entry, cancellationToken);
        }
        catch
        {
            await _queue.TryTransferAsync(conversationId, to.Id, agent.Id, _time.GetUtcNow(), CancellationToken.None);
            throw;
        }

        if (saved is not { Owner: ConversationOwner.Agent } || saved.AgentId != to.Id)
        {
            await _queue.TryTransferAsync(conversationId, to.Id, agent.Id, _time.GetUtcNow(), CancellationToken.None);
            throw new InvalidOperationException($"The conversation '{conversationId}' could not be passed to {to.Id}; {agent.Id} still has it.");
        }

        await NotifyAsync(entry, moved, cancellationToken);
        return true;
    }

    /// <summary>
    /// An internal note on the chat, for colleagues only: kept in the conversation's state, never sent to the customer.
    /// The holding agent writes notes, and so do supervisors and admins on any chat in the queue; null for anyone else.
    /// </summary>
    public async Task<AgentNote?> AddNoteAsync(string conversationId, AgentAccount agent, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var entry = await _queue.GetAsync(conversationId, cancellationToken);
        var allowed = entry is { Status: QueueStatus.Assigned } && entry.AgentId == agent.Id
            || entry is { Status: not QueueStatus.Closed } && agent.Role is AgentRole.Supervisor or AgentRole.Admin;
        if (!allowed)
        {
            return null;
        }

        var note = new AgentNote($"note-{Guid.NewGuid():n}", agent.Id, agent.DisplayName, text.Trim(), _time.GetUtcNow());
        await RunAsync(entry!, Continuation(entry!, status: null), async (turn, _, ct) =>
        {
            var notes = await _notes.GetAsync(turn, () => [], ct);
            if (!notes.Exists(n => n.Id == note.Id))
            {
                notes.Add(note);
            }
        }, cancellationToken);

        if ((await ReadAsync(entry!.ChannelId, conversationId, cancellationToken)).Notes.All(n => n.Id != note.Id))
        {
            throw new InvalidOperationException($"The note on '{conversationId}' could not be saved.");
        }

        await _notifier.NotesChangedAsync(conversationId, cancellationToken);
        return note;
    }

    /// <summary>Shows the customer that the holding agent is typing; false unless this agent holds the chat.</summary>
    public async Task<bool> TypingAsync(string conversationId, AgentAccount agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await HeldByAsync(conversationId, agent, cancellationToken) is not { } entry)
        {
            return false;
        }

        var shown = false;
        await RunAsync(entry, Continuation(entry, status: null), async (turn, ownership, ct) =>
        {
            shown = ownership is { Owner: ConversationOwner.Agent } && ownership.AgentId == agent.Id;
            if (shown)
            {
                await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
            }
        }, cancellationToken);
        return shown;
    }

    /// <summary>The owner, its record of moves and the agents' notes, as the conversation's stored state holds them.</summary>
    public async Task<HandoffRecord> ReadAsync(string channelId, string conversationId, CancellationToken cancellationToken = default)
    {
        var key = ConversationState.StorageKeyFor(channelId, conversationId);
        var stored = await _storage.ReadAsync([key], cancellationToken);
        if (!stored.TryGetValue(key, out var document) || BotJson.Convert<Dictionary<string, object?>>(document) is not { } properties)
        {
            return new HandoffRecord(null, []);
        }

        var ownership = properties.TryGetValue(HandoffRoutingMiddleware.PropertyName, out var owner) ? BotJson.Convert<ConversationOwnership>(owner) : null;
        var notes = properties.TryGetValue(NotesPropertyName, out var written) ? BotJson.Convert<List<AgentNote>>(written) : null;
        return new HandoffRecord(ownership, notes ?? []);
    }

    /// <summary>
    /// Ends the agent's part: the move and the status the dialogs see run in one turn, after the queue entry closes
    /// (so an escalation the resumed dialogs make starts a new wait). When the turn did not save, the agent still has
    /// the chat, and the queue is made to say so again.
    /// </summary>
    private async Task<bool> EndAsync(string conversationId, AgentAccount agent, HandoffStatus status, Func<ConversationOwnership, DateTimeOffset, bool> move, string? farewell, CancellationToken cancellationToken)
    {
        if (await HeldByAsync(conversationId, agent, cancellationToken) is not { } entry)
        {
            return false;
        }

        var moved = await RunAsync(entry, Continuation(entry, status), async (turn, ownership, ct) =>
        {
            if (move(ownership, _time.GetUtcNow()))
            {
                await _queue.CloseAsync(conversationId, _time.GetUtcNow(), ct);
                if (farewell is not null)
                {
                    await turn.SendActivityAsync(AgentAuthorship.Mark(MessageFactory.Text(farewell), agent.Id, agent.DisplayName), ct);
                }

                await _bot.OnTurnAsync(turn, ct);
            }
        }, cancellationToken);

        var saved = await SavedOwnershipAsync(entry, cancellationToken);
        if (moved is not null && saved is { Owner: ConversationOwner.Agent } && saved.AgentId == agent.Id)
        {
            await _queue.EnqueueAsync(entry, CancellationToken.None);
            await _queue.TryAssignAsync(conversationId, agent.Id, entry.AssignedAt ?? _time.GetUtcNow(), CancellationToken.None);
            throw new InvalidOperationException($"The conversation '{conversationId}' could not be changed; {agent.Id} still has it.");
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

            var reply = AgentAuthorship.Mark(MessageFactory.Text(HandoffResponses.FromAgent(agent.DisplayName, text)), agent.Id, agent.DisplayName);
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
    private async Task<ConversationOwnership?> SavedOwnershipAsync(QueueEntry entry, CancellationToken cancellationToken) =>
        (await ReadAsync(entry.ChannelId, entry.ConversationId, cancellationToken)).Ownership;

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
