using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotCare.Builder;

/// <summary>
/// Records every activity of a turn: the incoming one, everything sent, updates (as <c>messageUpdate</c>) and
/// deletes (as <c>messageDelete</c>). Records are written when the turn ends, even when it failed, because the
/// transcript is what a human agent reads when the chat is handed over; anything sent after that (the
/// apology of <c>OnTurnError</c>) is written at once. A failing transcript store is logged and does not fail
/// the customer's turn.
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

        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            var responses = await nextSend();
            for (var i = 0; i < activities.Count; i++)
            {
                var sent = activities[i].Clone();
                sent.Id = (i < responses.Length ? responses[i]?.Id : null) ?? sent.Id ?? $"g_{Guid.NewGuid()}";
                sent.From ??= new ChannelAccount();
                sent.From.Role ??= RoleTypes.Bot;
                await recorder.RecordAsync(sent);
            }

            return responses;
        });

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
            await recorder.FlushAsync();
        }
    }

    private async Task LogAsync(Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await _transcriptLogger.LogActivityAsync(activity, cancellationToken);
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Transcript logging failed for activity {ActivityId} in conversation {ConversationId}.", activity.Id, activity.Conversation?.Id);
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

            return owner.LogAsync(activity, CancellationToken.None);
        }

        public async Task FlushAsync()
        {
            Activity[] pending;
            lock (_lock)
            {
                pending = [.. _pending];
                _pending.Clear();
                _flushed = true;
            }

            foreach (var activity in pending)
            {
                await owner.LogAsync(activity, cancellationToken);
            }
        }
    }
}
