using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Sign-in and sign-out for agents, and the console's front door. Every form carries an antiforgery token that is
/// checked before anything changes, so another site cannot sign someone in or out behind their back.
/// </summary>
public static class AgentSignInEndpoints
{
    private const string PageSecurityPolicy = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>
    /// The console also runs this site's own scripts (no inline script, no eval) and talks back to this site only,
    /// its SignalR WebSocket included (named by host: not every browser counts ws: as 'self'). Trusted Types are
    /// required, so no script can hand markup to innerHTML.
    /// </summary>
    private const string ConsoleSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'{sockets}; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

    public static IEndpointRouteBuilder MapAgentSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(AgentAuthentication.SignInPath, ShowSignIn);
        app.MapGet(AgentOpenIdConnect.StartPath, SignInExternally).RequireRateLimiting(AgentAuthentication.SignInRateLimit);
        app.MapPost(AgentAuthentication.SignInPath, SignInAsync).RequireRateLimiting(AgentAuthentication.SignInRateLimit).DisableAntiforgery();
        app.MapPost("/agent/signout", SignOutAsync).DisableAntiforgery();
        app.MapGet("/agent", ShowConsole).RequireAuthorization(AgentAuthentication.AgentPolicy);
        app.MapGet("/api/agent/me", Me).RequireAuthorization(AgentAuthentication.AgentPolicy);
        return app;
    }

    private static IResult ShowSignIn(HttpContext http, IAntiforgery antiforgery, IOptions<ChatOptions> chat, IOptions<AgentOpenIdConnectOptions> external)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var provider = external.Value.Enabled ? external.Value.DisplayName : null;
        var failed = provider is not null && http.Request.Query["external"] == "failed"
            ? $"Signing in with {provider} did not work, or there is no BotCare agent account for you yet: ask an admin to add one."
            : null;
        return Page(http, AgentSignInPage.SignIn(chat.Value.CompanyName, tokens.FormFieldName, tokens.RequestToken!, failed, externalProvider: provider));
    }

    /// <summary>Off to the company's identity provider; back at the console once it and BotCare agree who this is.</summary>
    private static IResult SignInExternally(IOptions<AgentOpenIdConnectOptions> external) => external.Value.Enabled
        ? Results.Challenge(new AuthenticationProperties { RedirectUri = "/agent" }, [AgentOpenIdConnect.Scheme])
        : Results.NotFound();

    // Antiforgery is checked here, by hand, rather than by form binding: a request without a valid token must not
    // even reach the password check, and gets a plain 400 with the reason.
    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, AgentAccounts accounts, SignInThrottle throttle, IOptions<ChatOptions> chat)
    {
        if (await InvalidFormAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString();
        var provider = http.RequestServices.GetRequiredService<IOptions<AgentOpenIdConnectOptions>>().Value is { Enabled: true } external ? external.DisplayName : null;
        if (throttle.LockedFor(name) is { } wait)
        {
            var again = antiforgery.GetAndStoreTokens(http);
            var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return Page(http, AgentSignInPage.SignIn(chat.Value.CompanyName, again.FormFieldName, again.RequestToken!, $"Too many wrong passwords for this name. Try again in {minutes} minutes, or ask an admin to reset it.", name, provider), StatusCodes.Status429TooManyRequests);
        }

        var account = await accounts.SignInAsync(name, form["password"].ToString(), http.RequestAborted);
        if (account is null)
        {
            throttle.Failed(name);
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Page(http, AgentSignInPage.SignIn(chat.Value.CompanyName, tokens.FormFieldName, tokens.RequestToken!, "Wrong name or password.", name, provider), StatusCodes.Status401Unauthorized);
        }

        throttle.Succeeded(name);
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AgentAuthentication.PrincipalFor(account));
        return Results.Redirect("/agent", permanent: false, preserveMethod: false);
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (await InvalidFormAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        await http.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Results.Redirect(AgentAuthentication.SignInPath);
    }

    private static IResult ShowConsole(HttpContext http, IAntiforgery antiforgery, IOptions<ChatOptions> chat)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var user = http.User;
        var presence = AgentAuthentication.SignedInAccount(http)?.Presence.ToString().ToLowerInvariant() ?? "offline";
        var page = Page(http, AgentSignInPage.ConsoleShell(
            chat.Value.CompanyName,
            user.Identity?.Name ?? string.Empty,
            user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
            presence,
            tokens.FormFieldName,
            tokens.RequestToken!));

        // The WebSocket goes to the host the browser asked for, named only when it is a plain host[:port]; anything
        // odd gets 'self' alone, and SignalR falls back from WebSockets to transports that 'self' covers.
        var host = http.Request.Host.Value ?? string.Empty;
        var plain = host.Length > 0 && host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or ':' or '[' or ']');
        http.Response.Headers.ContentSecurityPolicy = ConsoleSecurityPolicy.Replace("{sockets}", plain ? $" wss://{host} ws://{host}" : string.Empty, StringComparison.Ordinal);
        return page;
    }

    private static IResult Me(ClaimsPrincipal user) => Results.Json(new
    {
        id = user.FindFirstValue(ClaimTypes.NameIdentifier),
        name = user.Identity?.Name,
        role = user.FindFirstValue(ClaimTypes.Role),
    });

    private static async Task<IResult?> InvalidFormAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!http.Request.HasFormContentType)
        {
            return Results.Problem("Send the form as application/x-www-form-urlencoded.", statusCode: StatusCodes.Status400BadRequest);
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem("The form's antiforgery token is missing or does not match; reload the page and try again.", statusCode: StatusCodes.Status400BadRequest);
        }
    }

    private static IResult Page(HttpContext http, string html, int status = StatusCodes.Status200OK)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = PageSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }
}
