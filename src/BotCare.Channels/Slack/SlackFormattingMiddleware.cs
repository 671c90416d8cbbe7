using BotCare.Builder;
using ChannelIds = BotCare.Builder.Channels;

namespace BotCare.Channels;

/// <summary>
/// Slack reads <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> as markup (<c>&lt;!channel&gt;</c> notifies everyone), and
/// the bot repeats customers' words back. Outgoing text is escaped and marked plain, so what the customer typed
/// is shown as typed and can never ping a channel.
/// </summary>
public sealed class SlackFormattingMiddleware : IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        if (turnContext.Activity.ChannelId == ChannelIds.Slack)
        {
            turnContext.OnSendActivities((ctx, activities, nextSend) =>
            {
                foreach (var activity in activities.Where(a => a.Type == ActivityTypes.Message))
                {
                    activity.Text = Escape(activity.Text);
                    activity.TextFormat = TextFormatTypes.Plain;
                    foreach (var card in activity.Attachments?.Select(a => a.Content).OfType<HeroCard>() ?? [])
                    {
                        card.Text = Escape(card.Text);
                    }
                }

                return nextSend();
            });
        }

        return next(cancellationToken);
    }

    public static string? Escape(string? text) =>
        text?.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
