using BotCare.Builder;
using ChannelIds = BotCare.Builder.Channels;

namespace BotCare.Channels;

/// <summary>
/// In Teams a message to the bot in a channel starts with <c>&lt;at&gt;BotCare&lt;/at&gt;</c>; the mention is
/// removed before the dialogs see the text, so "@BotCare my order is late" reads "my order is late".
/// </summary>
public sealed class TeamsMentionMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        var activity = turnContext.Activity;
        if (activity.ChannelId == ChannelIds.Msteams && activity.Type == ActivityTypes.Message && activity.Recipient?.Id is { } botId)
        {
            activity.RemoveMentionText(botId);
        }

        return next(cancellationToken);
    }
}
