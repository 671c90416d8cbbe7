using System.Security.Cryptography;
using BotCare.Builder;
using BotCare.Channels;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// The customer chat page at <c>/</c>, the Web Chat bundle, and the token exchange that lets the page talk to our
/// Direct Line server without ever seeing the secret.
/// </summary>
public static class ChatEndpoints
{
    public static WebApplication MapChat(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseStaticFiles();

        // The Web Chat bundle is copied from node_modules next to the binaries at build time.
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "webchat")),
            RequestPath = "/lib",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });

        // So is the SignalR client the agent console loads (its own scripts are under wwwroot/agent).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "agentlib")),
            RequestPath = "/agent/lib",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });

        app.MapGet("/", ServePage);
        app.MapPost("/api/directline/token", IssueToken)
            .RequireRateLimiting(ChatRegistration.TokenRateLimit)
            .RequireCors(DirectLineCors.PolicyName);
        return app;
    }

    private static IResult ServePage(HttpContext http, IOptions<ChatOptions> chat, IOptions<DirectLineOptions> directLine)
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = ChatPage.ContentSecurityPolicy(nonce, directLine.Value.AllowedOrigins);
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return Results.Content(ChatPage.Render(chat.Value, nonce), "text/html; charset=utf-8");
    }

    /// <summary>A token bound to a brand-new conversation and an anonymous user id: all a browser ever holds.</summary>
    private static IResult IssueToken(DirectLineTokens tokens)
    {
        var conversationId = DirectLineService.NewConversationId();
        var token = tokens.Issue(conversationId, DirectLineService.NewUserId());
        return Results.Json(new DirectLineConversationResponse(conversationId, token, (int)tokens.Lifetime.TotalSeconds), BotJson.Options);
    }
}
