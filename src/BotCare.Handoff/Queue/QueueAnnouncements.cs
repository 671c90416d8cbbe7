using BotCare.Builder;
using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// Keeps waiting customers told where they stand: whenever a customer's place in line changed since they were last
/// told, they hear the new place and wait, in a turn of their own conversation (so the bot never speaks once an agent
/// has it, and with several instances the conversation's ETag lets only one of them say it). A wait that has grown
/// long brings the offer to be contacted later, once.
/// </summary>
public sealed class QueueAnnouncements
{
    private readonly IEscalationQueue _queue;
    private readonly IConversationTurns _turns;
    private readonly IStatePropertyAccessor<ConversationOwnership> _ownership;
    private readonly WaitEstimator _estimator;
    private readonly HandoffOptions _options;
    private readonly TimeProvider _time;

    // What this instance last saw per conversation, so an unchanged queue costs no turns; the conversation's own
    // record decides what the customer was told.
    private readonly Dictionary<string, int> _lastSeen = [];

    public QueueAnnouncements(IEscalationQueue queue, IConversationTurns turns, ConversationState conversationState, WaitEstimator estimator, HandoffOptions options, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _queue = queue ?? throw new ArgumentNullException(nameof(queue));
        _turns = turns ?? throw new ArgumentNullException(nameof(turns));
        _estimator = estimator ?? throw new ArgumentNullException(nameof(estimator));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _ownership = conversationState.CreateProperty<ConversationOwnership>(HandoffRoutingMiddleware.PropertyName);
        _time = time ?? TimeProvider.System;
    }

    /// <summary>One pass over the queue: returns how many customers were told something.</summary>
    public async Task<int> AnnounceAsync(CancellationToken cancellationToken = default)
    {
        var waiting = await _queue.ListAsync(new QueueQuery { Status = QueueStatus.Waiting }, cancellationToken);
        var places = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var told = 0;
        var current = new HashSet<string>();
        foreach (var entry in waiting)
        {
            places[entry.Skill] = places.GetValueOrDefault(entry.Skill) + 1;
            var position = places[entry.Skill];
            current.Add(entry.ConversationId);
            if (_lastSeen.TryGetValue(entry.ConversationId, out var seen) && seen == position)
            {
                continue;
            }

            _lastSeen[entry.ConversationId] = position;
            if (await TellAsync(entry, position, cancellationToken))
            {
                told++;
            }
        }

        foreach (var gone in _lastSeen.Keys.Where(k => !current.Contains(k)).ToList())
        {
            _lastSeen.Remove(gone);
        }

        return told;
    }

    private async Task<bool> TellAsync(QueueEntry entry, int position, CancellationToken cancellationToken)
    {
        var reference = BotJson.Deserialize<ConversationReference>(entry.ConversationReferenceJson);
        if (reference is null)
        {
            return false;
        }

        var estimate = await _estimator.EstimateAsync(entry.Skill, position, _time.GetUtcNow(), cancellationToken);
        var told = false;
        await _turns.RunAsync(reference.GetContinuationActivity(), async (turn, ct) =>
        {
            told = false;
            var ownership = await _ownership.GetAsync(turn, () => new ConversationOwnership(), ct);
            if (ownership.Owner != ConversationOwner.Queued || ownership.PositionTold == position)
            {
                return;
            }

            var offerLater = !ownership.ContactLaterOffered && estimate.IsLong(_options);
            ownership.PositionTold = position;
            ownership.ContactLaterOffered |= offerLater;
            await turn.SendActivityAsync(HandoffRoutingMiddleware.QueueMessage(turn.Activity, HandoffResponses.Moved(estimate, offerLater), offerLater), ct);
            told = true;
        }, cancellationToken);
        return told;
    }
}
