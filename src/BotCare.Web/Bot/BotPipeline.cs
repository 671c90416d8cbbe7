using BotCare.Builder;
using BotCare.Channels;
using BotCare.Handoff;

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
    ITranscriptStore transcripts,
    TurnErrorHandler errorHandler,
    LiveTranscriptMiddleware liveTranscript,
    HandoffRoutingMiddleware handoffRouting,
    ILoggerFactory loggers)
{
    public void Attach()
    {
        // One for both adapters: a proactive message and a customer's message to the same conversation queue alike.
        var conversationOrder = new ConversationOrderMiddleware();
        foreach (BotAdapter adapter in new BotAdapter[] { cloudAdapter, directLineAdapter })
        {
            // Order matters: log first, then one turn per conversation at a time (before its state is loaded), then
            // the transcript and the agents' live view (outside the scale-out pattern, so they see what was delivered
            // and each message once), then the scale-out pattern around everything that can speak or change state
            // (replies held until the conversation is saved over the version it loaded; redeliveries answered once),
            // then channel shaping, and last the handoff routing, which sees the message as the dialogs would (the
            // Teams mention removed) and keeps it from them while people own the chat.
            adapter.Use(new TurnLoggingMiddleware(loggers.CreateLogger<TurnLoggingMiddleware>()))
                .Use(conversationOrder)
                .Use(new TranscriptLoggerMiddleware(transcripts, loggers.CreateLogger<TranscriptLoggerMiddleware>()))
                .Use(liveTranscript)
                .Use(new ConsistentTurnMiddleware(conversationState, logger: loggers.CreateLogger<ConsistentTurnMiddleware>()))
                .Use(new AutoSaveStateMiddleware(userState))
                .Use(new ShowTypingMiddleware())
                .Use(new TeamsMentionMiddleware())
                .Use(new SlackFormattingMiddleware())
                .Use(handoffRouting);
            adapter.OnTurnError = errorHandler.HandleAsync;
        }
    }
}
