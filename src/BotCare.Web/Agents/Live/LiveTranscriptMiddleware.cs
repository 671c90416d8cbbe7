using BotCare.Builder;
using Microsoft.AspNetCore.SignalR;

namespace BotCare.Web;

/// <summary>
/// Pushes every message of a turn (the customer's, and the bot's or an agent's replies once delivered) to the consoles
/// watching that conversation, so an agent or a supervisor follows the chat live, before and after a person takes it.
/// Like the transcript, it sits outside <see cref="ConsistentTurnMiddleware"/>: replies a re-run turn dropped were
/// never seen by the customer and are not shown to agents either. Every chat's latest message also goes to
/// <see cref="LiveConversations"/>, the supervisors' list of chats going on now.
/// </summary>
public sealed class LiveTranscriptMiddleware(IHubContext<AgentHub, IAgentConsoleClient> hub, LiveConversations live, ILogger<LiveTranscriptMiddleware> logger) : BotCare.Builder.IMiddleware
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
            live.Saw(conversationId, channelId, incoming.Name, incoming.Kind == "customer", incoming.Text);
            await PushAsync(conversationId, incoming);
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
                live.Saw(conversationId, channelId, null, fromCustomer: false, item.Text);
                await PushAsync(conversationId, item);
            }
        }
    }

    private async Task PushAsync(string conversationId, TranscriptItem item)
    {
        try
        {
            await hub.Clients.Group(AgentConsoleGroups.Watching(conversationId)).ConversationActivity(conversationId, item);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not push a message to the consoles watching the conversation.");
        }
    }
}
