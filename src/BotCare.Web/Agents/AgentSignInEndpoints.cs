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

    public static IEndpointRouteBuilder MapAgentSignIn(this IEndpointRouteBuilder app)
    {
        app.MapGet(AgentAuthentication.SignInPath, ShowSignIn);
        app.MapPost(AgentAuthentication.SignInPath, SignInAsync).RequireRateLimiting(AgentAuthentication.SignInRateLimit).DisableAntiforgery();
        app.MapPost("/agent/signout", SignOutAsync).DisableAntiforgery();
        app.MapGet("/agent", ShowConsole).RequireAuthorization(AgentAuthentication.AgentPolicy);
        app.MapGet("/api/agent/me", Me).RequireAuthorization(AgentAuthentication.AgentPolicy);
        return app;
    }

    private static IResult ShowSignIn(HttpContext http, IAntiforgery antiforgery, IOptions<ChatOptions> chat)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        return Page(http, AgentSignInPage.SignIn(chat.Value.CompanyName, tokens.FormFieldName, tokens.RequestToken!));
    }

    // Antiforgery is checked here, by hand, rather than by form binding: a request without a valid token must not
    // even reach the password check, and gets a plain 400 with the reason.
    private static async Task<IResult> SignInAsync(HttpContext http, IAntiforgery antiforgery, AgentAccounts accounts, IOptions<ChatOptions> chat)
    {
        if (await InvalidFormAsync(http, antiforgery) is { } refused)
        {
            return refused;
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString();
        var account = await accounts.SignInAsync(name, form["password"].ToString(), http.RequestAborted);
        if (account is null)
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return Page(http, AgentSignInPage.SignIn(chat.Value.CompanyName, tokens.FormFieldName, tokens.RequestToken!, "Wrong name or password.", name), StatusCodes.Status401Unauthorized);
        }

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

    private static IResult ShowConsole(HttpContext http, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(http);
        var user = http.User;
        return Page(http, AgentSignInPage.SignedIn(user.Identity?.Name ?? string.Empty, user.FindFirstValue(ClaimTypes.Role) ?? string.Empty, tokens.FormFieldName, tokens.RequestToken!));
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
