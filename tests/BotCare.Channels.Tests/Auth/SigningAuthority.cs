using System.Security.Claims;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotCare.Channels.Tests;

/// <summary>
/// A stand-in for the Bot Framework's token service: RSA signing keys made here, published as an OpenID
/// metadata document and a key set with endorsements, and tokens signed with them. Shared by the host tests.
/// </summary>
public sealed class SigningAuthority : IDisposable
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string AppId = "11111111-2222-3333-4444-555555555555";

    private readonly List<(RSA Rsa, RsaSecurityKey Key, string[] Endorsements)> _published = [];
    private readonly JsonWebTokenHandler _handler = new();

    public SigningAuthority() => Current = AddKey("msteams", "slack", "emulator", "webchat");

    /// <summary>The key tokens are signed with unless a test says otherwise.</summary>
    public RsaSecurityKey Current { get; private set; }

    /// <summary>How many times the key set was fetched.</summary>
    public int KeySetFetches { get; set; }

    /// <summary>Publishes a new key (endorsed for the given channels) and returns it.</summary>
    public RsaSecurityKey AddKey(params string[] endorsements)
    {
        var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa) { KeyId = $"key-{_published.Count + 1}-{Guid.NewGuid():N}" };
        _published.Add((rsa, key, endorsements));
        return key;
    }

    /// <summary>A key nobody published.</summary>
    public static RsaSecurityKey Unpublished() => new(RSA.Create(2048)) { KeyId = "rogue-key" };

    public static string MetadataJson(string keySetUrl) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["issuer"] = ChannelIssuer,
        ["authorization_endpoint"] = "https://invalid.example/authorize",
        ["jwks_uri"] = keySetUrl,
        ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
    });

    public string KeySetJson()
    {
        KeySetFetches++;
        var keys = _published.Select(p =>
        {
            var parameters = p.Rsa.ExportParameters(false);
            return new Dictionary<string, object>
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = p.Key.KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = p.Endorsements,
            };
        });
        return JsonSerializer.Serialize(new { keys });
    }

    /// <summary>A channel token as Azure Bot Service sends it.</summary>
    public string ChannelToken(
        string serviceUrl,
        string audience = AppId,
        string issuer = ChannelIssuer,
        DateTimeOffset? expires = null,
        SecurityKey? signingKey = null,
        DateTimeOffset? now = null)
    {
        var issuedAt = now ?? DateTimeOffset.UtcNow;
        var expiry = expires ?? issuedAt.AddHours(1);
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = (expiry < issuedAt ? expiry.AddHours(-1) : issuedAt).UtcDateTime,
            NotBefore = (expiry < issuedAt ? expiry.AddHours(-1) : issuedAt).UtcDateTime,
            Expires = expiry.UtcDateTime,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(signingKey ?? Current, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token as the Bot Framework Emulator sends it (AAD v1 with appid, or v2 with azp).</summary>
    public string EmulatorToken(string appId, string version = "1.0", SecurityKey? signingKey = null)
    {
        var now = DateTimeOffset.UtcNow;
        var claims = new List<Claim> { new("ver", version), new(version == "2.0" ? "azp" : "appid", appId) };
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = version == "2.0"
                ? "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0"
                : "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
            Audience = appId,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddHours(1).UtcDateTime,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(signingKey ?? Current, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose()
    {
        foreach (var (rsa, _, _) in _published)
        {
            rsa.Dispose();
        }
    }
}
