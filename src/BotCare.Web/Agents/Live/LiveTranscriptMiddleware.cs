using BotCare.Builder;

namespace BotCare.Web;

/// <summary>
/// Pushes every message of a turn (the customer's, and the bot's or an agent's replies once delivered) to the consoles
/// watching that conversation, so an agent or a supervisor follows the chat live, before and after a person takes it.
/// Like the transcript, it sits outside <see cref="ConsistentTurnMiddleware"/>: replies a re-run turn dropped were
/// never seen by the customer and are not shown to agents either. Every chat's latest message also goes to
/// <see cref="LiveConversations"/>, the supervisors' list of chats going on now, on every instance.
/// </summary>
public sealed class LiveTranscriptMiddleware(AgentConsoleBroadcast consoles) : BotCare.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (string.IsNullOrEmpty(conversationId))
        {
            await next(cancellationToken);
            return;
        }

        var channelId = turnContext.Activity.ChannelId ?? string.Empty;
        if (TranscriptItem.From(turnContext.Activity) is { } incoming)
        {
            await consoles.ConversationActivityAsync(conversationId, channelId, incoming);
        }

        if (turnContext is TurnContext turn)
        {
            turn.OnDelivered((_, activities, responses) => PushSentAsync(conversationId, channelId, activities, responses));
        }
        else
        {
            turnContext.OnSendActivities(async (_, activities, nextSend) =>
            {
                var responses = await nextSend();
                await PushSentAsync(conversationId, channelId, activities, responses);
                return responses;
            });
        }

        await next(cancellationToken);
    }

    private async Task PushSentAsync(string conversationId, string channelId, IReadOnlyList<Activity> activities, ResourceResponse[] responses)
    {
        for (var i = 0; i < activities.Count; i++)
        {
            var id = i < responses.Length ? responses[i]?.Id : null;
            if (TranscriptItem.From(activities[i], id) is { } item)
            {
                await consoles.ConversationActivityAsync(conversationId, channelId, item);
            }
        }
    }
}
