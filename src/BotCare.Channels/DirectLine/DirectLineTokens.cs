using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BotCare.Channels;

/// <summary>
/// Direct Line tokens: JWTs signed with a key derived from the Direct Line secret, each bound to one
/// conversation and one user (the <c>user</c> claim, which DirectLineJS reads). Any instance sharing the
/// secret can check any token; a token can never open another conversation.
/// </summary>
public sealed class DirectLineTokens
{
    private const string Issuer = "botcare-directline";

    private readonly DirectLineOptions _options;
    private readonly TimeProvider _clock;
    private readonly string _secret;
    private readonly SymmetricSecurityKey _signingKey;
    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };

    public DirectLineTokens(IOptions<DirectLineOptions> options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _secret = string.IsNullOrWhiteSpace(_options.Secret) ? LocalSecret(_options.SecretFile) : _options.Secret;

        // Never sign with the secret itself: a token must not help anyone guess it.
        _signingKey = new SymmetricSecurityKey(HMACSHA256.HashData(Encoding.UTF8.GetBytes(_secret), "BotCare Direct Line token signing"u8.ToArray()));
    }

    public TimeSpan Lifetime => TimeSpan.FromSeconds(_options.TokenLifetimeSeconds);

    /// <summary>Whether <paramref name="bearer"/> is the Direct Line secret (compared in constant time).</summary>
    public bool IsSecret(string bearer) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(bearer), Encoding.UTF8.GetBytes(_secret));

    public string Issue(string conversationId, string userId)
    {
        var now = _clock.GetUtcNow();
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.Add(Lifetime).UtcDateTime,
            Subject = new ClaimsIdentity([new Claim("conv", conversationId), new Claim("user", userId)]),
            SigningCredentials = new SigningCredentials(_signingKey, SecurityAlgorithms.HmacSha256),
        });
    }

    public async Task<DirectLineTokenCheck> ValidateAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _signingKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => expires is null || expires.Value > _clock.GetUtcNow().UtcDateTime,
        });

        if (result.IsValid)
        {
            var identity = result.ClaimsIdentity;
            return DirectLineTokenCheck.Valid(identity.FindFirst("conv")!.Value, identity.FindFirst("user")!.Value);
        }

        return result.Exception is SecurityTokenInvalidLifetimeException or SecurityTokenExpiredException
            ? DirectLineTokenCheck.Expired
            : DirectLineTokenCheck.Invalid;
    }

    /// <summary>A secret kept on disk for a single development instance, so tokens survive a restart.</summary>
    private static string LocalSecret(string path)
    {
        if (File.Exists(path))
        {
            return File.ReadAllText(path).Trim();
        }

        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, secret);
        return secret;
    }
}
