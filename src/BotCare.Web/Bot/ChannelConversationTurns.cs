using BotCare.Builder;
using BotCare.Channels;
using BotCare.Handoff;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Runs an agent's proactive turn on the adapter of the customer's channel: Direct Line for the website (its log is
/// shared storage, so any instance can append to it), the Bot Framework connector for Teams, Slack and the rest,
/// where the reply goes to the conversation's service URL under the bot's own app id.
/// </summary>
public sealed class ChannelConversationTurns(CloudAdapter cloudAdapter, DirectLineAdapter directLineAdapter, IOptions<BotFrameworkAuthenticationOptions> auth) : IConversationTurns
{
    public Task RunAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(continuation);
        BotAdapter adapter = continuation.ChannelId == BotCare.Builder.Channels.Directline ? directLineAdapter : cloudAdapter;
        return adapter.ContinueConversationAsync(auth.Value.MicrosoftAppId, continuation, callback, cancellationToken);
    }
}
