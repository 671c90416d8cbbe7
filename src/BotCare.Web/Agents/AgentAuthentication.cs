using System.Security.Claims;
using System.Threading.RateLimiting;
using BotCare.Cases;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BotCare.Web;

/// <summary>
/// Signing agents in: a cookie that scripts cannot read (HttpOnly), sent only over HTTPS (browsers count
/// http://localhost as secure) and never with a request another site starts (SameSite=Strict), for eight hours of
/// use at most. Pages redirect to the sign-in form; APIs answer 401 or 403 instead, since a script cannot follow a
/// redirect to a form. Sign-in attempts are rate-limited per address against password guessing.
/// </summary>
public static class AgentAuthentication
{
    public const string CookieName = "botcare.agent";
    public const string SignInPath = "/agent/signin";
    public const string SignInRateLimit = "agent-signin";

    /// <summary>The header a console script sends its antiforgery token in, on every request that changes something.</summary>
    public const string AntiforgeryHeader = "X-CSRF-TOKEN";

    /// <summary>Any signed-in person: agents, supervisors and admins.</summary>
    public const string AgentPolicy = "agent";

    /// <summary>Supervisors and admins.</summary>
    public const string SupervisorPolicy = "supervisor";

    /// <summary>Admins only.</summary>
    public const string AdminPolicy = "admin";

    public static IServiceCollection AddBotCareAgentSignIn(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var external = configuration.GetSection(AgentOpenIdConnectOptions.Section).Get<AgentOpenIdConnectOptions>() ?? new AgentOpenIdConnectOptions();
        services.Configure<AgentOpenIdConnectOptions>(configuration.GetSection(AgentOpenIdConnectOptions.Section));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddAgentOpenIdConnect(external).AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = false;
            cookie.LoginPath = SignInPath;
            cookie.AccessDeniedPath = SignInPath;
            cookie.Events.OnValidatePrincipal = RecheckAccountAsync;
            cookie.Events.OnRedirectToLogin = context => AnswerApiOr(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => AnswerApiOr(context, StatusCodes.Status403Forbidden);
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(AgentPolicy, policy => policy.RequireAuthenticatedUser())
            .AddPolicy(SupervisorPolicy, policy => policy.RequireRole(nameof(AgentRole.Supervisor), nameof(AgentRole.Admin)))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(nameof(AgentRole.Admin)));
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "botcare.antiforgery";
            // Same as the request, so the console works on http://localhost (the README's address), where browsers
            // keep the Secure session cookie but the framework refuses to issue an "always secure" antiforgery cookie.
            // The antiforgery cookie is only half of a pair and grants nothing by itself; the session cookie stays Secure.
            antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.HeaderName = AntiforgeryHeader;
        });
        services.AddRateLimiter(limiter => limiter.AddPolicy(SignInRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })));
        return services;
    }

    /// <summary>The signed-in identity of an account: its id, display name and role.</summary>
    public static ClaimsPrincipal PrincipalFor(AgentAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.Id),
                new Claim(ClaimTypes.Name, account.DisplayName),
                new Claim(ClaimTypes.Role, account.Role.ToString()),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    /// <summary>
    /// On every request, the cookie's account is looked up again: a removed account is signed out at once, and a
    /// changed role or name takes effect at once, instead of the cookie's copy lasting until it expires.
    /// </summary>
    private static async Task RecheckAccountAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var directory = context.HttpContext.RequestServices.GetRequiredService<BotCare.Handoff.AgentDirectory>();
        var account = id is null ? null : await directory.FindAsync(id, context.HttpContext.RequestAborted);
        if (principal is null || account is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        context.HttpContext.Items[typeof(AgentAccount)] = account;
        if (principal.FindFirstValue(ClaimTypes.Role) != account.Role.ToString() || principal.Identity?.Name != account.DisplayName)
        {
            context.ReplacePrincipal(PrincipalFor(account));
            context.ShouldRenew = true;
        }
    }

    /// <summary>
    /// The signed-in agent's account as this request's sign-in check read it from the directory, so endpoints need
    /// not read it again; null when the request is not signed in.
    /// </summary>
    public static AgentAccount? SignedInAccount(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        return http.Items.TryGetValue(typeof(AgentAccount), out var account) ? account as AgentAccount : null;
    }

    private static Task AnswerApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // Scripts (the API, the consoles' live connection) get the status; only a page is sent to the sign-in form.
        var path = context.Request.Path;
        if (path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(AgentHub.Path, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }
}
