using BotCare.Builder;
using BotCare.Cases;
using BotCare.Dialogs;
using BotCare.Handoff;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Sends the follow-ups that are due (playbook step 17). Each pass leases due follow-up commitments from the ledger
/// (row locks with SKIP LOCKED on PostgreSQL), so with several instances each is taken by one; the check-in itself
/// runs as a turn of the customer's own conversation, on their channel, through the bot, which records it on the case
/// under the conversation's ETag. The case is what says whether it went out: a follow-up already on the case is never
/// asked again, even when an instance died between sending and marking it kept.
/// </summary>
public sealed class FollowUpScheduler
{
    private readonly ICommitmentStore _ledger;
    private readonly ICaseStore _cases;
    private readonly IConversationTurns _turns;
    private readonly IBot _bot;
    private readonly IStatePropertyAccessor<ConversationOwnership> _ownership;
    private readonly BusinessHours _hours;
    private readonly FollowUpOptions _options;
    private readonly RecoveryOptions _recovery;
    private readonly TimeProvider _time;
    private readonly ILogger<FollowUpScheduler> _logger;
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():n}";

    public FollowUpScheduler(
        ICommitmentStore ledger,
        ICaseStore cases,
        IConversationTurns turns,
        IBot bot,
        ConversationState conversationState,
        BusinessHours hours,
        IOptions<FollowUpOptions> options,
        IOptions<RecoveryOptions> recovery,
        TimeProvider time,
        ILogger<FollowUpScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _ledger = ledger;
        _cases = cases;
        _turns = turns;
        _bot = bot;
        _ownership = conversationState.CreateProperty<ConversationOwnership>(HandoffRoutingMiddleware.PropertyName);
        _hours = hours;
        _options = options.Value;
        _recovery = recovery.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>One pass: every due follow-up this instance could lease, sent, deferred or dropped.</summary>
    public async Task<FollowUpPass> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var pass = new FollowUpPass();
        var now = _time.GetUtcNow();
        var due = await _ledger.ClaimDueAsync(CommitmentKind.FollowUp, now, _instance, TimeSpan.FromMinutes(_options.LeaseMinutes), _options.BatchSize, cancellationToken);
        var pacing = new ChannelPacing(_time, Math.Max(1, _options.MaxPerMinutePerChannel));
        foreach (var commitment in due)
        {
            try
            {
                await HandleAsync(commitment, pacing, pass, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                _logger.LogWarning(exception, "The follow-up {CommitmentId} of conversation {ConversationId} could not be sent; it is tried again later.", commitment.Id, commitment.ConversationId);
                await RetryLaterAsync(commitment, pass, cancellationToken);
            }
        }

        return pass;
    }

    private async Task HandleAsync(Commitment commitment, ChannelPacing pacing, FollowUpPass pass, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var allowed = QuietHours.NextAllowed(now, _options, _hours);
        if (allowed > now)
        {
            await DeferAsync(commitment, allowed, pass, countsAsAttempt: false, cancellationToken);
            return;
        }

        var @case = commitment.CaseId is { } caseId ? await _cases.GetAsync(caseId, cancellationToken) : null;
        if (@case is not null && WasSent(@case, commitment))
        {
            // Sent by an instance that stopped before it could mark the commitment kept.
            await KeepAsync(commitment, pass, cancellationToken);
            return;
        }

        var reference = commitment.ConversationReferenceJson is { } json ? BotJson.Deserialize<ConversationReference>(json) : null;
        if (@case is null || reference?.Conversation?.Id is null || @case.FollowUps.Count >= _recovery.MaxFollowUpsPerCase)
        {
            await DropAsync(commitment, pass, CommitmentStatus.Cancelled, cancellationToken);
            return;
        }

        if (!pacing.TryTake(commitment.ChannelId ?? reference.ChannelId ?? string.Empty))
        {
            await DeferAsync(commitment, now.AddMinutes(1), pass, countsAsAttempt: false, cancellationToken);
            return;
        }

        await _turns.RunAsync(FollowUpRequest.Event(reference.GetContinuationActivity(), commitment.Id), async (turn, ct) =>
        {
            // A person has the chat (the customer came back before the follow-up was due): not the moment to ask.
            if (await _ownership.GetAsync(turn, null, ct) is { IsWithPeople: true })
            {
                return;
            }

            await _bot.OnTurnAsync(turn, ct);
        }, cancellationToken);

        if (await _cases.GetAsync(@case.Id, cancellationToken) is { } after && WasSent(after, commitment))
        {
            await KeepAsync(commitment, pass, cancellationToken);
        }
        else
        {
            await RetryLaterAsync(commitment, pass, cancellationToken);
        }
    }

    private static bool WasSent(Case @case, Commitment commitment) => @case.FollowUps.Exists(f => f.CommitmentId == commitment.Id);

    /// <summary>The promise to check in is kept once the check-in went out; the answer lands on the case.</summary>
    private async Task KeepAsync(Commitment commitment, FollowUpPass pass, CancellationToken cancellationToken)
    {
        await _ledger.TryCompleteAsync(commitment.Id, CommitmentStatus.Kept, _time.GetUtcNow(), "bot", cancellationToken);
        pass.Sent.Add(commitment.Id);
    }

    private async Task DropAsync(Commitment commitment, FollowUpPass pass, CommitmentStatus status, CancellationToken cancellationToken)
    {
        await _ledger.TryCompleteAsync(commitment.Id, status, _time.GetUtcNow(), "bot", cancellationToken);
        pass.Dropped.Add(commitment.Id);
        _logger.LogInformation("The follow-up {CommitmentId} of case {CaseId} is not sent ({Status}).", commitment.Id, commitment.CaseId, status);
    }

    private Task RetryLaterAsync(Commitment commitment, FollowUpPass pass, CancellationToken cancellationToken) =>
        commitment.DeliveryAttempts + 1 >= _options.MaxDeliveryAttempts
            ? DropAsync(commitment, pass, CommitmentStatus.Broken, cancellationToken)
            : DeferAsync(commitment, _time.GetUtcNow().AddMinutes(_options.RetryAfterMinutes), pass, countsAsAttempt: true, cancellationToken);

    /// <summary>Due again at <paramref name="at"/>, its lease given up; a change someone else made first wins.</summary>
    private async Task DeferAsync(Commitment commitment, DateTimeOffset at, FollowUpPass pass, bool countsAsAttempt, CancellationToken cancellationToken)
    {
        commitment.DueAt = at;
        commitment.LeaseOwner = null;
        commitment.LeaseUntil = null;
        commitment.DeliveryAttempts += countsAsAttempt ? 1 : 0;
        await _ledger.TrySaveAsync(commitment, cancellationToken);
        pass.Deferred.Add(commitment.Id);
    }
}
