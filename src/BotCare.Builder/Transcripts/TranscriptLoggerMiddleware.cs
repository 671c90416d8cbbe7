using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotCare.Builder;

/// <summary>
/// Records every activity of a turn: the incoming one, everything sent, updates (as <c>messageUpdate</c>) and
/// deletes (as <c>messageDelete</c>). The records are written when the turn ends, even when it failed, because
/// the transcript is what a human agent reads when the chat is handed over. A failing transcript store is
/// logged and does not fail the customer's turn.
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
        var records = new List<Activity>();
        var recordsLock = new Lock();
        void Record(Activity activity)
        {
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            lock (recordsLock)
            {
                records.Add(activity);
            }
        }

        var incoming = turnContext.Activity.Clone();
        incoming.From ??= new ChannelAccount();
        incoming.From.Role ??= RoleTypes.User;
        Record(incoming);

        turnContext.OnSendActivities(async (ctx, activities, nextSend) =>
        {
            var responses = await nextSend();
            for (var i = 0; i < activities.Count; i++)
            {
                var sent = activities[i].Clone();
                sent.Id = (i < responses.Length ? responses[i]?.Id : null) ?? sent.Id ?? $"g_{Guid.NewGuid()}";
                sent.From ??= new ChannelAccount();
                sent.From.Role ??= RoleTypes.Bot;
                Record(sent);
            }

            return responses;
        });

        turnContext.OnUpdateActivity(async (ctx, activity, nextUpdate) =>
        {
            var response = await nextUpdate();
            var update = activity.Clone();
            update.Type = ActivityTypes.MessageUpdate;
            Record(update);
            return response;
        });

        turnContext.OnDeleteActivity(async (ctx, reference, nextDelete) =>
        {
            await nextDelete();
            var delete = new Activity(ActivityTypes.MessageDelete) { Id = reference.ActivityId }
                .ApplyConversationReference(reference, isIncoming: false);
            Record(delete);
        });

        try
        {
            await next(cancellationToken);
        }
        finally
        {
            await FlushAsync(records, recordsLock, cancellationToken);
        }
    }

    private async Task FlushAsync(List<Activity> records, Lock recordsLock, CancellationToken cancellationToken)
    {
        Activity[] pending;
        lock (recordsLock)
        {
            pending = [.. records];
        }

        foreach (var activity in pending)
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
    }
}
