using System.Globalization;
using System.Text.Json;
using BotCare.Builder;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BotCare.Channels;

/// <summary>
/// The Direct Line 3.0 REST API and WebSocket stream under <c>/v3/directline</c>, enough for the unmodified Web
/// Chat control and DirectLineJS. Cross-origin browsers are allowed from <c>DirectLine:AllowedOrigins</c>.
/// </summary>
public static class DirectLineEndpoints
{
    public const string BasePath = "/v3/directline";

    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var api = endpoints.MapGroup(BasePath).RequireCors(DirectLineCors.PolicyName).AddEndpointFilter(StorageDownIs503Async);
        api.MapPost("/tokens/generate", GenerateTokenAsync);
        api.MapPost("/tokens/refresh", RefreshTokenAsync);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", ReconnectAsync);
        api.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return endpoints;
    }

    /// <summary>Secret holders (a company's server) get a token bound to a new conversation, for one browser.</summary>
    private static async Task<IResult> GenerateTokenAsync(HttpContext http, DirectLineTokens tokens)
    {
        var (caller, refusal) = await DirectLineCaller.FromRequestAsync(http.Request, tokens);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!caller!.HoldsSecret)
        {
            return DirectLineErrors.Forbidden("BadArgument", "tokens/generate needs the Direct Line secret, not a token.");
        }

        var (start, error) = await ReadOptionalAsync<DirectLineStartRequest>(http);
        if (error is not null)
        {
            return error;
        }

        var userId = UserIdFrom(start?.User, out var badUser);
        if (badUser is not null)
        {
            return badUser;
        }

        var conversationId = DirectLineService.NewConversationId();
        return Results.Json(new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds), BotJson.Options);
    }

    /// <summary>A fresh token for the same conversation and user; 403 once the old one has expired.</summary>
    private static async Task<IResult> RefreshTokenAsync(HttpContext http, DirectLineTokens tokens)
    {
        var (caller, refusal) = await DirectLineCaller.FromRequestAsync(http.Request, tokens);
        if (refusal is not null)
        {
            return refusal;
        }

        if (caller!.HoldsSecret)
        {
            return DirectLineErrors.Forbidden("BadArgument", "Only a token can be refreshed.");
        }

        return Results.Json(new DirectLineConversationResponse(caller.ConversationId!, tokens.Issue(caller.ConversationId!, caller.UserId!), (int)tokens.Lifetime.TotalSeconds), BotJson.Options);
    }

    /// <summary>201 and the welcome turn for a new conversation; 200 when the token's conversation already started.</summary>
    private static async Task<IResult> StartConversationAsync(HttpContext http, DirectLineTokens tokens, DirectLineService service)
    {
        var (caller, refusal) = await DirectLineCaller.FromRequestAsync(http.Request, tokens);
        if (refusal is not null)
        {
            return refusal;
        }

        var (start, error) = await ReadOptionalAsync<DirectLineStartRequest>(http);
        if (error is not null)
        {
            return error;
        }

        string conversationId, userId;
        if (caller!.HoldsSecret)
        {
            conversationId = DirectLineService.NewConversationId();
            userId = UserIdFrom(start?.User, out var badUser);
            if (badUser is not null)
            {
                return badUser;
            }
        }
        else
        {
            // The token decides who and where; a user id in the body cannot change it.
            (conversationId, userId) = (caller.ConversationId!, caller.UserId!);
        }

        var created = await service.StartAsync(conversationId, userId, start?.Locale, ServiceUrlOf(http.Request), CancellationToken.None);
        var body = new DirectLineConversationResponse(conversationId, tokens.Issue(conversationId, userId), (int)tokens.Lifetime.TotalSeconds, null);
        body = body with { StreamUrl = StreamUrlOf(http.Request, conversationId, body.Token, watermark: null) };
        return Results.Json(body, BotJson.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>Reconnect: a new stream URL that replays from the watermark (from the start when there is none).</summary>
    private static async Task<IResult> ReconnectAsync(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineStore store)
    {
        var (conversation, caller, refusal) = await AuthorizeAsync(http, conversationId, tokens, store);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!TryParseWatermark(http.Request.Query["watermark"], out var watermark))
        {
            return DirectLineErrors.BadRequest("The watermark is not one this server gave out.");
        }

        var userId = caller!.UserId ?? conversation!.UserId;
        var token = tokens.Issue(conversationId, userId);
        return Results.Json(new DirectLineConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds, StreamUrlOf(http.Request, conversationId, token, watermark)), BotJson.Options);
    }

    /// <summary>Polling: what the log holds after the watermark. Typing is never here (it only goes over a stream).</summary>
    private static async Task<IResult> GetActivitiesAsync(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineStore store)
    {
        var (_, _, refusal) = await AuthorizeAsync(http, conversationId, tokens, store);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!TryParseWatermark(http.Request.Query["watermark"], out var watermark))
        {
            return DirectLineErrors.BadRequest("The watermark is not one this server gave out.");
        }

        var after = await store.ReadAfterAsync(conversationId, watermark ?? -1, http.RequestAborted) ?? [];
        var newWatermark = after.Count > 0 ? after[^1].Sequence : watermark ?? -1;
        return Results.Json(new ActivitySet([.. after.Select(a => a.Activity)], newWatermark.ToString(CultureInfo.InvariantCulture)), BotJson.Options);
    }

    /// <summary>200 with the activity's id once the bot has handled it; 502 when the bot failed or storage is down.</summary>
    private static async Task<IResult> PostActivityAsync(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineStore store, DirectLineService service, IOptions<ChannelOptions> channelOptions, OutageLog outageLog, ILoggerFactory loggers)
    {
        // Who is asking needs no storage, so an outage below can still be answered honestly to the right person.
        var (caller, refusal) = await DirectLineCaller.FromRequestAsync(http.Request, tokens);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!caller!.MayUse(conversationId))
        {
            return DirectLineErrors.Forbidden("BadArgument", "The token is for another conversation.");
        }

        var limit = channelOptions.Value.MaxRequestBodyBytes;
        var bytes = await RequestBody.ReadAsync(http.Request, limit, http.RequestAborted);
        if (bytes is null)
        {
            return DirectLineErrors.TooLarge(limit);
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(bytes, BotJson.Options);
        }
        catch (JsonException ex)
        {
            return DirectLineErrors.BadRequest($"The body is not a valid activity: {ex.Message}");
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.BadRequest("The activity has no 'type'.");
        }

        var userId = caller.UserId ?? activity.From?.Id;
        if (string.IsNullOrWhiteSpace(userId))
        {
            return DirectLineErrors.BadRequest("The activity has no 'from.id'.");
        }

        var logger = loggers.CreateLogger(typeof(DirectLineEndpoints));
        try
        {
            if (await store.GetAsync(conversationId, http.RequestAborted) is null)
            {
                return DirectLineErrors.NotFound(conversationId);
            }

            if (activity.Type is ActivityTypes.Typing or ActivityTypes.ConversationUpdate)
            {
                // The user's typing is not kept, and the conversation already had its one conversationUpdate.
                return Results.Json(new ResourceResponse(DirectLineStore.IdOf(conversationId, -1)), BotJson.Options);
            }

            // Not the request's token: a customer closing the tab must not cut a turn off halfway through saving.
            var stored = await service.PostAsync(conversationId, userId, activity, ServiceUrlOf(http.Request), CancellationToken.None);
            return Results.Json(new ResourceResponse(stored.Activity.Id), BotJson.Options);
        }
        catch (DirectLineStorageException ex)
        {
            // The conversation log itself cannot be read or written: tell the customer over the live stream
            // (which needs no storage) and leave the message where a person will find it.
            logger.LogCritical(ex.InnerException, "Direct Line storage failed in {ConversationId}; the message goes to the outage log.", conversationId);
            activity.From = new ChannelAccount(userId) { Role = RoleTypes.User };
            activity.Conversation = new ConversationAccount(id: conversationId);
            activity.ChannelId = BotCare.Builder.Channels.Directline;
            service.TellStorageIsDown(conversationId, activity);
            await outageLog.AppendAsync(activity, "Storage was down when the customer wrote this; please reply to them.", DateTimeOffset.UtcNow);
            return DirectLineErrors.BotFailed();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "The bot failed on an activity in {ConversationId}.", conversationId);
            return DirectLineErrors.BotFailed();
        }
    }

    /// <summary>The WebSocket stream; the token comes in the URL (<c>t</c>) because browsers cannot set headers on a socket.</summary>
    private static async Task StreamAsync(HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineStore store, DirectLineStreams streams)
    {
        var (_, _, refusal) = await AuthorizeAsync(http, conversationId, tokens, store, http.Request.Query["t"].ToString());
        long? watermark = null;
        if (refusal is null && !TryParseWatermark(http.Request.Query["watermark"], out watermark))
        {
            refusal = DirectLineErrors.BadRequest("The watermark is not one this server gave out.");
        }

        if (refusal is null && !http.WebSockets.IsWebSocketRequest)
        {
            refusal = DirectLineErrors.BadRequest("This URL is a WebSocket stream.");
        }

        if (refusal is not null)
        {
            await refusal.ExecuteAsync(http);
            return;
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        await streams.RunAsync(socket, conversationId, watermark ?? -1, http.RequestAborted);
    }

    /// <summary>Any other call that meets a storage outage is a 503, which DirectLineJS retries.</summary>
    private static async ValueTask<object?> StorageDownIs503Async(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (DirectLineStorageException ex)
        {
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DirectLineEndpoints))
                .LogError(ex.InnerException, "Direct Line storage is unavailable.");
            return DirectLineErrors.Unavailable();
        }
    }

    /// <summary>The caller must hold the secret or this conversation's token, and the conversation must exist.</summary>
    private static async Task<(DirectLineConversation? Conversation, DirectLineCaller? Caller, IResult? Refusal)> AuthorizeAsync(
        HttpContext http, string conversationId, DirectLineTokens tokens, DirectLineStore store, string? credential = null)
    {
        var (caller, refusal) = await DirectLineCaller.FromRequestAsync(http.Request, tokens, credential);
        if (refusal is not null)
        {
            return (null, null, refusal);
        }

        if (!caller!.MayUse(conversationId))
        {
            return (null, null, DirectLineErrors.Forbidden("BadArgument", "The token is for another conversation."));
        }

        var conversation = await store.GetAsync(conversationId, http.RequestAborted);
        return conversation is null ? (null, null, DirectLineErrors.NotFound(conversationId)) : (conversation, caller, null);
    }

    /// <summary>Watermarks are the sequence of the last activity seen; none (or empty) means "from the start".</summary>
    private static bool TryParseWatermark(string? text, out long? watermark)
    {
        watermark = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= -1)
        {
            watermark = value;
            return true;
        }

        return false;
    }

    private static string UserIdFrom(ChannelAccount? user, out IResult? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(user?.Id))
        {
            return DirectLineService.NewUserId();
        }

        if (user.Id.Length > 128)
        {
            error = DirectLineErrors.BadRequest("user.id is longer than 128 characters.");
        }

        return user.Id;
    }

    /// <summary>An optional JSON body: none is fine, malformed is a 400.</summary>
    private static async Task<(T? Value, IResult? Error)> ReadOptionalAsync<T>(HttpContext http)
        where T : class
    {
        var bytes = await RequestBody.ReadAsync(http.Request, 64 * 1024, http.RequestAborted);
        if (bytes is null)
        {
            return (null, DirectLineErrors.TooLarge(64 * 1024));
        }

        if (bytes.Length == 0)
        {
            return (null, null);
        }

        try
        {
            return (JsonSerializer.Deserialize<T>(bytes, BotJson.Options), null);
        }
        catch (JsonException ex)
        {
            return (null, DirectLineErrors.BadRequest($"The body is not valid JSON: {ex.Message}"));
        }
    }

    private static string ServiceUrlOf(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}{BasePath}";

    private static string StreamUrlOf(HttpRequest request, string conversationId, string token, long? watermark)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        var url = $"{scheme}://{request.Host}{request.PathBase}{BasePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream?t={Uri.EscapeDataString(token)}";
        return watermark is null ? url : $"{url}&watermark={watermark.Value.ToString(CultureInfo.InvariantCulture)}";
    }
}
