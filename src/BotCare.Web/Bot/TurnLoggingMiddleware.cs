using BotCare.Builder;

namespace BotCare.Web;

/// <summary>
/// One structured log line per turn, with the conversation in the scope. What the customer wrote is logged only
/// at Debug level: it is personal, and production logs run at Information.
/// </summary>
public sealed class TurnLoggingMiddleware(ILogger<TurnLoggingMiddleware> logger) : BotCare.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        using var scope = logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = activity.Conversation?.Id, ["ChannelId"] = activity.ChannelId });
        var started = TimeProvider.System.GetTimestamp();
        await next(cancellationToken);
        logger.LogInformation("Turn {ActivityType} handled in {ElapsedMs:F1} ms.", activity.Type, TimeProvider.System.GetElapsedTime(started).TotalMilliseconds);
        if (logger.IsEnabled(LogLevel.Debug) && activity.Type == ActivityTypes.Message)
        {
            logger.LogDebug("Customer wrote: {Text}", activity.Text);
        }
    }
}
