using BotCare.Builder;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace BotCare.Channels;

/// <summary>
/// Checks the token on every request from a channel or the emulator, as the Bot Framework does: signed by a
/// key from the published OpenID metadata (fetched when first needed, cached, and fetched again when a token
/// names a key not seen yet), the right issuer, the bot's app id as audience, within its lifetime (5 minutes'
/// clock skew), a <c>serviceurl</c> claim equal to the activity's, and a signing key endorsed for the channel.
/// Any failure is a reason for a 401, never an exception.
/// </summary>
public sealed class BotFrameworkTokenValidator : IDisposable
{
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly OpenIdMetadataCache _channelMetadata;
    private readonly OpenIdMetadataCache _emulatorMetadata;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotFrameworkTokenValidator> _logger;

    public BotFrameworkTokenValidator(IOptions<BotFrameworkAuthenticationOptions> options, IHttpClientFactory httpClients, ILogger<BotFrameworkTokenValidator> logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        _options = options.Value;
        _logger = logger;
        _channelMetadata = Metadata(_options.ToBotFromChannelOpenIdMetadataUrl, httpClients, clock ?? TimeProvider.System);
        _emulatorMetadata = Metadata(_options.ToBotFromEmulatorOpenIdMetadataUrl, httpClients, clock ?? TimeProvider.System);
    }

    public const string HttpClientName = "BotFrameworkOpenIdMetadata";

    public void Dispose()
    {
        _channelMetadata.Dispose();
        _emulatorMetadata.Dispose();
    }

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!_options.IsAuthenticationEnabled)
        {
            return AuthenticationOutcome.Anonymous;
        }

        if (authorizationHeader is null || !authorizationHeader.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail("No Authorization header with a Bearer token.");
        }

        var raw = authorizationHeader["Bearer ".Length..].Trim();
        JsonWebToken token;
        try
        {
            token = _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Fail("The token is not a JWT.");
        }

        try
        {
            return _options.EmulatorIssuers.Contains(token.Issuer)
                ? await ValidateEmulatorAsync(raw, cancellationToken)
                : await ValidateChannelAsync(raw, token, activity, cancellationToken);
        }
        catch (Exception ex) when (ex is SecurityTokenException or InvalidOperationException or IOException or HttpRequestException)
        {
            // Metadata that cannot be fetched or parsed is a failed check, not a server error.
            _logger.LogWarning(ex, "Token validation failed for channel {ChannelId}.", activity.ChannelId);
            return AuthenticationOutcome.Fail(ex.Message);
        }
    }

    private async Task<AuthenticationOutcome> ValidateChannelAsync(string raw, JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var parameters = Parameters(_options.ToBotFromChannelTokenIssuer, validateAudience: true);
        var (result, metadata) = await ValidateWithKeyRefreshAsync(raw, parameters, _channelMetadata, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail(result.Exception?.Message ?? "Invalid token.");
        }

        var serviceUrl = result.ClaimsIdentity.FindFirst("serviceurl")?.Value;
        if (serviceUrl is null || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail("The token's serviceurl claim does not match the activity's serviceUrl.");
        }

        if (!IsEndorsed(metadata, token.Kid, activity.ChannelId))
        {
            return AuthenticationOutcome.Fail($"The signing key is not endorsed for channel '{activity.ChannelId}'.");
        }

        return new AuthenticationOutcome(result.ClaimsIdentity, "urn:botframework:azure", null);
    }

    private async Task<AuthenticationOutcome> ValidateEmulatorAsync(string raw, CancellationToken cancellationToken)
    {
        var parameters = Parameters(null, validateAudience: false);
        parameters.ValidIssuers = _options.EmulatorIssuers;
        var (result, _) = await ValidateWithKeyRefreshAsync(raw, parameters, _emulatorMetadata, cancellationToken);
        if (!result.IsValid)
        {
            return AuthenticationOutcome.Fail(result.Exception?.Message ?? "Invalid token.");
        }

        // v1 tokens name the app in "appid", v2 tokens in "azp"; either must be this bot.
        var identity = result.ClaimsIdentity;
        var version = identity.FindFirst("ver")?.Value;
        var appId = version == "2.0" ? identity.FindFirst("azp")?.Value : identity.FindFirst("appid")?.Value;
        return appId == _options.MicrosoftAppId
            ? new AuthenticationOutcome(identity, $"urn:botframework:aadappid:{appId}", null)
            : AuthenticationOutcome.Fail("The emulator token was not issued to this bot.");
    }

    /// <summary>Validates; a key id not in the cached keys makes one fresh fetch of the metadata and a second try.</summary>
    private async Task<(TokenValidationResult Result, OpenIdConnectConfiguration Metadata)> ValidateWithKeyRefreshAsync(
        string raw, TokenValidationParameters parameters, OpenIdMetadataCache source, CancellationToken cancellationToken)
    {
        var metadata = await source.GetAsync(cancellationToken);
        parameters.IssuerSigningKeys = metadata.SigningKeys;
        var result = await _handler.ValidateTokenAsync(raw, parameters);
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            metadata = await source.RefreshAsync(cancellationToken);
            parameters.IssuerSigningKeys = metadata.SigningKeys;
            result = await _handler.ValidateTokenAsync(raw, parameters);
        }

        return (result, metadata);
    }

    private TokenValidationParameters Parameters(string? issuer, bool validateAudience) => new()
    {
        ValidateIssuer = true,
        ValidIssuer = issuer,
        ValidateAudience = validateAudience,
        ValidAudience = _options.MicrosoftAppId,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
        ValidateIssuerSigningKey = true,
    };

    /// <summary>Each published key lists the channels it may sign for; the key that signed must list this one.</summary>
    private static bool IsEndorsed(OpenIdConnectConfiguration metadata, string? keyId, string? channelId)
    {
        var key = metadata.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == keyId);
        if (key is null || channelId is null || !key.AdditionalData.TryGetValue("endorsements", out var endorsements))
        {
            return false;
        }

        return endorsements switch
        {
            IEnumerable<object> list => list.Any(e => string.Equals(e?.ToString(), channelId, StringComparison.OrdinalIgnoreCase)),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Array } array =>
                array.EnumerateArray().Any(e => string.Equals(e.GetString(), channelId, StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private static OpenIdMetadataCache Metadata(string url, IHttpClientFactory httpClients, TimeProvider clock) =>
        new(url, new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName))
        {
            // Production metadata is HTTPS; an http URL is only ever configured on purpose (tests, local mocks).
            RequireHttps = url.StartsWith("https://", StringComparison.OrdinalIgnoreCase),
        }, clock);
}
