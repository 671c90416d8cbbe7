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
    private readonly IBot _bot;
    private readonly IAgentNotifier _notifier;
    private readonly TimeProvider _time;

    public AgentActions(IEscalationQueue queue, IConversationTurns turns, ConversationState conversationState, IBot bot, IAgentNotifier notifier, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _turns = turns ?? throw new ArgumentNullException(nameof(turns));
        _bot = bot ?? throw new ArgumentNullException(nameof(bot));
        _notifier = notifier ?? throw new ArgumentNullException(nameof(notifier));
        _ownership = conversationState.CreateProperty<ConversationOwnership>(HandoffRoutingMiddleware.PropertyName);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>
    /// The agent takes the waiting chat: null when someone else won it. The customer is told who joined. If the
    /// conversation cannot be reached (storage down), the chat goes back to the queue and the failure comes back here.
    /// </summary>
    public async Task<QueueEntry?> ClaimAsync(string conversationId, AgentAccount agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await _queue.TryAssignAsync(conversationId, agent.Id, _time.GetUtcNow(), cancellationToken) is not { } entry)
        {
            return null;
        }

        try
        {
            await RunAsync(entry, Continuation(entry, status: null, agent), async (turn, ownership, ct) =>
            {
                if (ownership.TryAssign(agent.Id, _time.GetUtcNow()))
                {
                    await turn.SendActivityAsync(MessageFactory.Text(HandoffResponses.AgentJoined(agent.DisplayName)), ct);
                }
            }, cancellationToken);
        }
        catch
        {
            await _queue.TryReleaseAsync(conversationId, agent.Id, CancellationToken.None);
            throw;
        }

        return entry;
    }

    /// <summary>
    /// The agent gives the chat back to the bot with what happened: false unless this agent holds it. The queue entry
    /// closes, and the dialogs resume on the <c>completed</c> status (confirming what was agreed, asking the closing
    /// questions).
    /// </summary>
    public async Task<bool> HandBackAsync(string conversationId, AgentAccount agent, string? whatHappened, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        if (await _queue.GetAsync(conversationId, cancellationToken) is not { Status: QueueStatus.Assigned } entry || entry.AgentId != agent.Id)
        {
            return false;
        }

        var handedBack = false;
        await RunAsync(entry, Continuation(entry, new HandoffStatus(HandoffStates.Completed, whatHappened), agent), async (turn, ownership, ct) =>
        {
            handedBack = ownership.TryReturnToBot(agent.Id, _time.GetUtcNow(), string.IsNullOrWhiteSpace(whatHappened) ? "handed back" : whatHappened);
            if (handedBack)
            {
                await _bot.OnTurnAsync(turn, ct);
            }
        }, cancellationToken);

        if (handedBack)
        {
            await _queue.CloseAsync(conversationId, _time.GetUtcNow(), cancellationToken);
        }

        return handedBack;
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
        if (await _queue.GetAsync(conversationId, cancellationToken) is not { Status: QueueStatus.Assigned } entry || entry.AgentId != agent.Id)
        {
            return false;
        }

        var sent = false;
        await RunAsync(entry, Continuation(entry, status: null, agent), async (turn, ownership, ct) =>
        {
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

    /// <summary>Runs <paramref name="action"/> in a turn of the conversation, then tells the console of the move it made.</summary>
    private async Task RunAsync(QueueEntry entry, Activity continuation, Func<ITurnContext, ConversationOwnership, CancellationToken, Task> action, CancellationToken cancellationToken)
    {
        OwnershipChange? moved = null;
        await AgentTurn.RunAsync(() => _turns.RunAsync(continuation, async (turn, ct) =>
        {
            var ownership = await _ownership.GetAsync(turn, () => new ConversationOwnership(), ct);
            var before = ownership.Changes.Count;
            await action(turn, ownership, ct);
            moved = ownership.Changes.Count > before ? ownership.Changes[^1] : null;
        }, cancellationToken));

        if (moved is not null)
        {
            await _notifier.OwnerChangedAsync(entry.ConversationId, moved, cancellationToken);
        }
    }

    /// <summary>The activity the agent's turn runs on: a plain continuation, or the status event the dialogs resume on.</summary>
    private static Activity Continuation(QueueEntry entry, HandoffStatus? status, AgentAccount agent)
    {
        var reference = BotJson.Deserialize<ConversationReference>(entry.ConversationReferenceJson)
            ?? throw new InvalidOperationException($"The queue entry of '{entry.ConversationId}' has no conversation reference.");
        var activity = reference.GetContinuationActivity();
        if (status is not null)
        {
            activity.Name = HandoffEventNames.HandoffStatus;
            activity.Value = status;
            activity.From = new ChannelAccount(agent.Id, agent.DisplayName);
        }

        return activity;
    }
}
