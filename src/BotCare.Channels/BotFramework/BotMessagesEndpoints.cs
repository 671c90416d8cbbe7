using BotCare.Builder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace BotCare.Channels;

/// <summary>The Bot Framework channel endpoint, where Azure Bot Service delivers Teams and Slack activities.</summary>
public static class BotMessagesEndpoints
{
    public const string Path = "/api/messages";

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(Path, (HttpContext http, CloudAdapter adapter, IBot bot) => adapter.ProcessAsync(http, bot, http.RequestAborted));
        return endpoints;
    }
}
