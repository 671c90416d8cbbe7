using System.Text.RegularExpressions;
using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// Routes each customer message by who owns the conversation, before the dialogs see it: with the bot, on to the
/// dialogs; waiting for a person or with one, to the people side only, so the bot never talks over an agent. The
/// owner changes here too, inside the turn, so it is saved with the conversation's state under the same ETag check:
/// the bot's <c>handoff.initiate</c> puts the chat in the queue, and an external hub's <c>handoff.status</c> events
/// (an agent accepted, the handoff failed, the agent finished) move it on and are passed to the dialogs, which resume
/// the conversation.
/// With BotCare's own queue the handoff event goes no further: the chat is queued and the customer told their
/// place instead. Without it (an external agent hub) the event goes to the channel as it is. Place it after the
/// middleware that loads and saves conversation state, and before the bot.
/// </summary>
public sealed partial class HandoffRoutingMiddleware : IMiddleware
{
    /// <summary>The conversation-state property the owner is kept in, beside the dialog stack.</summary>
    public const string PropertyName = "Ownership";

    private readonly IStatePropertyAccessor<ConversationOwnership> _ownership;
    private readonly IAgentNotifier _notifier;
    private readonly HandoffQueueing? _ownQueue;
    private readonly TimeProvider _time;

    /// <param name="conversationState">The state the owner is saved in, beside the dialog stack.</param>
    /// <param name="notifier">Where the customer's messages go while people own the chat.</param>
    /// <param name="ownQueue">BotCare's own queue (<see cref="HandoffMode.Internal"/>); null when an external hub takes handoffs.</param>
    /// <param name="time">The clock for the record of moves.</param>
    public HandoffRoutingMiddleware(ConversationState conversationState, IAgentNotifier notifier, HandoffQueueing? ownQueue = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _ownership = conversationState.CreateProperty<ConversationOwnership>(PropertyName);
        _notifier = notifier ?? throw new ArgumentNullException(nameof(notifier));
        _ownQueue = ownQueue;
        _time = time ?? TimeProvider.System;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        // Most conversations never leave the bot: their state gets no owner record until the first move, so the
        // document saved every turn stays as small as before handoff existed.
        var stored = await _ownership.GetAsync(turnContext, null, cancellationToken);
        var ownership = stored ?? new ConversationOwnership();
        var conversationId = turnContext.Activity.Conversation?.Id ?? string.Empty;
        var changes = new List<OwnershipChange>();
        async Task RecordAsync(bool moved)
        {
            if (moved)
            {
                changes.Add(ownership.Changes[^1]);
                if (stored is null)
                {
                    stored = ownership;
                    await _ownership.SetAsync(turnContext, ownership, cancellationToken);
                }
            }
        }

        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            foreach (var handoff in activities.Where(a => a is { Type: ActivityTypes.Event, Name: HandoffEventNames.InitiateHandoff }).ToList())
            {
                var at = _time.GetUtcNow();
                var brief = BotJson.Convert<CaseBrief>(handoff.Value) ?? new CaseBrief { CaseId = string.Empty, Reason = EscalationReason.CustomerAsked };
                await RecordAsync(ownership.TryQueue("bot", at, brief.Reason.ToString()));
                if (_ownQueue is not null && ownership.Owner == ConversationOwner.Queued)
                {
                    var estimate = await _ownQueue.EnqueueAsync(context, brief, at, cancellationToken);
                    var offerLater = estimate.IsLong(_ownQueue.Options);
                    ownership.PositionTold = estimate.Position;
                    ownership.ContactLaterOffered = offerLater;
                    activities[activities.IndexOf(handoff)] = QueueMessage(context.Activity, HandoffResponses.InQueue(estimate, offerLater), offerLater);
                }
            }

            return await nextSend();
        });

        var activity = turnContext.Activity;
        var now = _time.GetUtcNow();
        if (_ownQueue is not null && ownership.Owner == ConversationOwner.Queued && ChoosesContactLater(activity))
        {
            // The customer would rather not wait: out of the queue, and the dialogs hear of it as a handoff that did not
            // happen, which they answer with a promise of a time (a commitment on the case).
            await RecordAsync(ownership.TryReturnToBot("customer", now, HandoffReasons.ContactLater));
            await _ownQueue.LeaveAsync(conversationId, now, cancellationToken);
            activity.Type = ActivityTypes.Event;
            activity.Name = HandoffEventNames.HandoffStatus;
            activity.Value = new HandoffStatus(HandoffStates.Failed, HandoffReasons.ContactLater);
        }
        else if (activity.Type == ActivityTypes.Message && ownership.Owner == ConversationOwner.Queued && ownership.ContactLaterOffered && KeepsWaiting(activity.Text))
        {
            // An answer to the queue's own question, so the queue answers it; the people side has nothing to read.
            ownership.ContactLaterOffered = false;
            await turnContext.SendActivityAsync(MessageFactory.Text(HandoffResponses.StillInLine), cancellationToken);
            return;
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await RecordAsync(ownership.TryReopen(now));
            if (ownership.IsWithPeople)
            {
                await _notifier.CustomerMessageAsync(ownership, activity, cancellationToken);
                return;
            }
        }
        else if (activity is { Type: ActivityTypes.Event, Name: HandoffEventNames.HandoffStatus } && !AgentTurn.IsRunning)
        {
            // A turn of BotCare's own console (AgentActions) moves the owner itself, so is passed straight on. Otherwise
            // only an external hub reports on handoffs through the channel, and never as the customer: a Direct Line
            // client can post any event, and must not be able to end an agent's chat or appoint itself the agent.
            // With BotCare's own queue the console moves the chat itself, so no inbound status counts.
            if (_ownQueue is not null || activity.From?.Role == RoleTypes.User)
            {
                return;
            }

            await RecordAsync(Apply(ownership, BotJson.Convert<HandoffStatus>(activity.Value), activity.From?.Id, now));
        }

        await next(cancellationToken);
        foreach (var change in changes)
        {
            await _notifier.OwnerChangedAsync(conversationId, change, cancellationToken);
        }
    }

    /// <summary>The queue's message, with the two choices when the customer is offered to be contacted later.</summary>
    internal static Activity QueueMessage(Activity incoming, string text, bool offerLater)
    {
        var reply = incoming.CreateReply(text);

        // Stamped when delivered, like the bot's other replies: a time taken now, before the replies sent ahead of it
        // are stamped, would sort it above them in Web Chat.
        reply.Timestamp = null;
        if (offerLater)
        {
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [new CardAction(ActionTypes.ImBack, HandoffResponses.ContactMeLater, value: HandoffResponses.ContactMeLater), new CardAction(ActionTypes.ImBack, HandoffResponses.KeepWaiting, value: HandoffResponses.KeepWaiting)],
            };
        }

        return reply;
    }

    /// <summary>
    /// The customer's "contact me later", as typed or clicked; or this very turn run again (a conflict re-runs it), its
    /// message already turned into the status the dialogs answer.
    /// </summary>
    private static bool ChoosesContactLater(Activity activity) => activity switch
    {
        { Type: ActivityTypes.Message } => ContactLater().IsMatch(activity.Text ?? string.Empty),
        { Type: ActivityTypes.Event, Name: HandoffEventNames.HandoffStatus } => ContactLater().IsMatch(activity.Text ?? string.Empty)
            && BotJson.Convert<HandoffStatus>(activity.Value) is { State: HandoffStates.Failed, Message: HandoffReasons.ContactLater },
        _ => false,
    };

    private static bool KeepsWaiting(string? text) => KeepWaiting().IsMatch(text ?? string.Empty);

    [GeneratedRegex(@"^\s*(?:please\s+)?(?:contact|call|email|message|reach)\s+me\s+(?:back\s+)?later\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLater();

    [GeneratedRegex(@"^\s*(?:i'?ll|i\s+will|i\s+can|happy\s+to)?\s*(?:wait|hold\s+on|stay)\b", RegexOptions.IgnoreCase)]
    private static partial Regex KeepWaiting();

    /// <summary>
    /// A handoff.status event moves the chat: accepted to the hub's agent that sent it, failed or completed back to the
    /// bot, the latter only from the sender holding the chat.
    /// </summary>
    private static bool Apply(ConversationOwnership ownership, HandoffStatus? status, string? from, DateTimeOffset now)
    {
        var by = string.IsNullOrEmpty(from) ? "system" : from;
        return status?.State switch
        {
            HandoffStates.Accepted => !string.IsNullOrEmpty(from) && ownership.TryAssign(from, now, status.Message ?? "accepted"),
            HandoffStates.Failed => ownership.TryReturnToBot(by, now, status.Message ?? "handoff failed"),
            HandoffStates.Completed => ownership.TryReturnToBot(by, now, status.Message ?? "handed back"),
            _ => false,
        };
    }
}
