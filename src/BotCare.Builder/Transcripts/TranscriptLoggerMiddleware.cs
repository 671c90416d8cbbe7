using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotCare.Builder;

/// <summary>
/// Records every activity of a turn: the incoming one, everything sent, updates (as <c>messageUpdate</c>) and
/// deletes (as <c>messageDelete</c>). Records are written when the turn ends, even when it failed, because the
/// transcript is what a human agent reads when the chat is handed over; anything sent after that (the
/// apology of <c>OnTurnError</c>) is written at once. A failing transcript store is logged and does not fail
/// the customer's turn. On a <see cref="TurnContext"/> it records deliveries, so a turn re-run after a conflict is
/// recorded as the customer saw it; a redelivered activity is not recorded again. Place it outside
/// <see cref="ConsistentTurnMiddleware"/>.
/// </summary>
public sealed class TranscriptLoggerMiddleware : IMiddleware
{
    private readonly ITranscriptLogger _transcriptLogger;
    private readonly ILogger _logger;

    public TranscriptLoggerMiddleware(ITranscriptLogger transcriptLogger, ILogger<TranscriptLoggerMiddleware>? logger = null)
    {
        _transcriptLogger = transcriptLogger ?? throw new ArgumentNullException(nameof(transcriptLogger));
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var recorder = new TurnRecorder(this, cancellationToken);

        // A proactive turn's ContinueConversation event is the runtime's own, not something the customer did.
        if (turnContext.Activity is not { Type: ActivityTypes.Event, Name: ActivityEventNames.ContinueConversation })
        {
            var incoming = turnContext.Activity.Clone();
            incoming.From ??= new ChannelAccount();
            incoming.From.Role ??= RoleTypes.User;
            await recorder.RecordAsync(incoming);
        }

        if (turnContext is TurnContext turn)
        {
            // What was delivered, not what was sent: a turn run again after a conflict holds its first replies and
            // drops them, and those were never seen by the customer.
            turn.OnDelivered((ctx, activities, responses) => RecordSentAsync(recorder, activities, responses));
        }
        else
        {
            turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
            {
                var responses = await nextSend();
                await RecordSentAsync(recorder, activities, responses);
                return responses;
            });
        }

        turnContext.OnUpdateActivity(async (ctx, activity, nextUpdate) =>
        {
            var response = await nextUpdate();
            var update = activity.Clone();
            update.Type = ActivityTypes.MessageUpdate;
            await recorder.RecordAsync(update);
            return response;
        });

        turnContext.OnDeleteActivity(async (ctx, reference, nextDelete) =>
        {
            await nextDelete();
            var delete = new Activity(ActivityTypes.MessageDelete) { Id = reference.ActivityId }
                .ApplyConversationReference(reference, isIncoming: false);
            await recorder.RecordAsync(delete);
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            // A redelivered activity and its replayed answer were recorded when it was first answered.
            await recorder.FlushAsync(keep: !ConsistentTurnMiddleware.IsRedelivery(turnContext));
        }
    }

    private static async Task RecordSentAsync(TurnRecorder recorder, IReadOnlyList<Activity> activities, ResourceResponse[] responses)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var sent = activities[i].Clone();
            sent.Id = (i < responses.Length ? responses[i]?.Id : null) ?? sent.Id ?? $"g_{Guid.NewGuid()}";
            sent.From ??= new ChannelAccount();
            sent.From.Role ??= RoleTypes.Bot;
            await recorder.RecordAsync(sent);
        }
    }

    private async Task LogAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        try
        {
            await _transcriptLogger.LogActivitiesAsync(activities, cancellationToken);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Transcript logging failed for {Count} activities in conversation {ConversationId}.", activities.Count, activities[0].Conversation?.Id);
        }
    }

    /// <summary>Holds a turn's records until the turn ends, then writes anything later straight through.</summary>
    private sealed class TurnRecorder(TranscriptLoggerMiddleware owner, CancellationToken cancellationToken)
    {
        private readonly List<Activity> _pending = [];
        private readonly Lock _lock = new();
        private bool _flushed;

        public Task RecordAsync(Activity activity)
        {
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            lock (_lock)
            {
                if (!_flushed)
                {
                    _pending.Add(activity);
                    return Task.CompletedTask;
                }
            }

            return owner.LogAsync([activity], CancellationToken.None);
        }

        /// <summary>Writes the turn's records in one go (or drops them when <paramref name="keep"/> is false).</summary>
        public async Task FlushAsync(bool keep)
        {
            Activity[] pending;
            lock (_lock)
            {
                pending = [.. _pending];
                _pending.Clear();
                _flushed = true;
            }

            if (keep && pending.Length > 0)
            {
                await owner.LogAsync(pending, cancellationToken);
            }
        }
    }
}
