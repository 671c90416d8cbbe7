using BotCare.Builder;
using BotCare.Cases;
using BotCare.Channels;

namespace BotCare.Web;

/// <summary>
/// When a turn fails (a bug, or storage down), the customer is told honestly and a person is made aware: the
/// conversation's case is marked for a person, or, when the case store itself is unreachable, the conversation
/// goes to the outage log an operator reads. The customer's words are never thrown away silently.
/// </summary>
public sealed class TurnErrorHandler(ICaseStore cases, OutageLog outageLog, TimeProvider clock, ILogger<TurnErrorHandler> logger)
{
    public const string Apology =
        "I'm sorry, something went wrong on our side and I couldn't finish that step. Nothing you told me is lost: " +
        "a member of our team will look at this conversation. You can try again in a moment, or type \"person\" to reach someone.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var conversationId = turnContext.Activity.Conversation?.Id ?? "(none)";
        logger.LogError(exception, "A turn failed in conversation {ConversationId}.", conversationId);

        try
        {
            await turnContext.SendActivityAsync(MessageFactory.Text(Apology), CancellationToken.None);
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not tell the customer in {ConversationId} about the failure.", conversationId);
        }

        await MarkForAPersonAsync(turnContext, exception);
    }

    private async Task MarkForAPersonAsync(ITurnContext turnContext, Exception exception)
    {
        var activity = turnContext.Activity;
        var conversationId = activity.Conversation?.Id ?? string.Empty;
        var now = clock.GetUtcNow();
        var detail = $"The bot failed during this conversation ({exception.GetType().Name}); please review and reply to the customer.";
        try
        {
            var @case = await cases.FindByConversationAsync(conversationId, CancellationToken.None) ?? new Case
            {
                ConversationId = conversationId,
                Customer = new CustomerRef { Id = activity.From?.Id ?? string.Empty, Name = activity.From?.Name, ChannelId = activity.ChannelId ?? string.Empty },
                CreatedAt = now,
            };
            @case.Escalate(EscalationReason.CannotResolve, detail, now);
            await cases.SaveAsync(@case, CancellationToken.None);
        }
        catch (Exception storeFailure)
        {
            logger.LogCritical(storeFailure, "The case store is unreachable; conversation {ConversationId} goes to the outage log for a person.", conversationId);
            await outageLog.AppendAsync(activity, detail, now);
        }
    }
}
