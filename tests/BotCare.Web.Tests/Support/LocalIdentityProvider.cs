using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotCare.Web.Tests;

/// <summary>
/// A real OpenID Connect provider on 127.0.0.1, as far as BotCare's sign-in uses one: discovery, signing keys and a
/// token endpoint that answers a code with an ID token for <see cref="User"/>, carrying the nonce the test read from
/// the authorization request.
/// </summary>
public sealed class LocalIdentityProvider : IAsyncDisposable
{
    public const string ClientId = "botcare-console";
    public const string ClientSecret = "local-client-secret";

    private readonly WebApplication _app;
    private readonly SigningAuthority _keys = new();
    private readonly JsonWebTokenHandler _tokens = new();

    private LocalIdentityProvider(WebApplication app) => _app = app;

    public string Authority { get; private set; } = string.Empty;

    /// <summary>The claims of the person who signs in next.</summary>
    public Dictionary<string, object> User { get; } = [];

    /// <summary>The nonce of the authorization request the next ID token answers.</summary>
    public string Nonce { get; set; } = string.Empty;

    public int TokenRequests { get; private set; }

    public static async Task<LocalIdentityProvider> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var provider = new LocalIdentityProvider(app);
        app.MapGet("/.well-known/openid-configuration", () => Results.Text(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["issuer"] = provider.Authority,
            ["authorization_endpoint"] = $"{provider.Authority}/authorize",
            ["token_endpoint"] = $"{provider.Authority}/token",
            ["jwks_uri"] = $"{provider.Authority}/keys",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "public" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }), "application/json"));
        app.MapGet("/keys", () => Results.Text(provider._keys.KeySetJson(), "application/json"));
        app.MapPost("/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            provider.TokenRequests++;
            if (form["client_id"] != ClientId && !http.Request.Headers.Authorization.ToString().StartsWith("Basic ", StringComparison.Ordinal))
            {
                return Results.BadRequest(new { error = "invalid_client" });
            }

            return Results.Json(new { id_token = provider.IdToken(), access_token = "opaque", token_type = "Bearer", expires_in = 3600 });
        });
        await app.StartAsync();
        provider.Authority = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return provider;
    }

    private string IdToken()
    {
        var now = DateTime.UtcNow;
        var claims = new Dictionary<string, object>(User) { ["nonce"] = Nonce, ["sub"] = User.GetValueOrDefault("sub") ?? "subject-1" };
        return _tokens.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Authority,
            Audience = ClientId,
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddMinutes(10),
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(_keys.Current, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _keys.Dispose();
    }
}
