using System.Security.Claims;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace BotCare.Web;

/// <summary>
/// Signing agents in through an OpenID Connect provider: the authorization-code flow with PKCE, the ID token validated
/// against the provider's published keys, and the person matched to their BotCare account, whose own principal goes
/// into the usual session cookie (so roles, skills and the per-request account check work as for a password sign-in).
/// Someone the provider knows but BotCare does not is turned away at the sign-in page.
/// </summary>
public static class AgentOpenIdConnect
{
    public const string Scheme = "oidc";
    public const string StartPath = "/agent/signin/external";
    public const string CallbackPath = "/agent/signin-oidc";

    public static AuthenticationBuilder AddAgentOpenIdConnect(this AuthenticationBuilder builder, AgentOpenIdConnectOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return builder;
        }

        var authority = new Uri(options.Authority!);
        return builder.AddOpenIdConnect(Scheme, oidc =>
        {
            oidc.Authority = options.Authority;
            oidc.ClientId = options.ClientId;
            oidc.ClientSecret = options.ClientSecret;
            oidc.ResponseType = "code";
            oidc.UsePkce = true;
            oidc.CallbackPath = CallbackPath;
            oidc.SignInScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            oidc.SaveTokens = false;
            oidc.Scope.Add("email");

            // Metadata over HTTPS, except from a provider on this machine (development, tests).
            oidc.RequireHttpsMetadata = !authority.IsLoopback;
            oidc.Events.OnTokenValidated = MatchAccountAsync;
            oidc.Events.OnRemoteFailure = context =>
            {
                context.Response.Redirect($"{AgentAuthentication.SignInPath}?external=failed");
                context.HandleResponse();
                return Task.CompletedTask;
            };
        });
    }

    /// <summary>The BotCare account the provider's identity names; null when there is none.</summary>
    public static async Task<AgentAccount?> AccountForAsync(ClaimsPrincipal identity, AgentDirectory directory, AgentOpenIdConnectOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        var name = identity.FindFirstValue(options.AccountClaim) ?? identity.FindFirstValue("email") ?? identity.FindFirstValue(ClaimTypes.Email);
        return string.IsNullOrWhiteSpace(name) ? null : await directory.FindAsync(name, cancellationToken);
    }

    private static async Task MatchAccountAsync(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AgentOpenIdConnectOptions>>().Value;
        var account = context.Principal is null ? null
            : await AccountForAsync(context.Principal, services.GetRequiredService<AgentDirectory>(), options, context.HttpContext.RequestAborted);
        if (account is null)
        {
            context.Fail("No BotCare agent account for this identity.");
            return;
        }

        context.Principal = AgentAuthentication.PrincipalFor(account);
    }
}
