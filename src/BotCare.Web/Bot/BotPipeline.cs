using BotCare.Builder;
using BotCare.Channels;

namespace BotCare.Web;

/// <summary>
/// Gives every adapter (Bot Framework channels and Direct Line) the same turn pipeline and error handling, so a
/// customer gets the same bot whichever way they came in.
/// </summary>
public sealed class BotPipeline(
    CloudAdapter cloudAdapter,
    DirectLineAdapter directLineAdapter,
    ConversationState conversationState,
    UserState userState,
    TurnErrorHandler errorHandler,
    ILoggerFactory loggers)
{
    public void Attach()
    {
        foreach (BotAdapter adapter in new BotAdapter[] { cloudAdapter, directLineAdapter })
        {
            // Order matters: log first, save state last-out (after the bot), then channel-specific shaping.
            adapter.Use(new TurnLoggingMiddleware(loggers.CreateLogger<TurnLoggingMiddleware>()))
                .Use(new AutoSaveStateMiddleware(conversationState, userState))
                .Use(new ShowTypingMiddleware())
                .Use(new TeamsMentionMiddleware())
                .Use(new SlackFormattingMiddleware());
            adapter.OnTurnError = errorHandler.HandleAsync;
        }
    }
}
