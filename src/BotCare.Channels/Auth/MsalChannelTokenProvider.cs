using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace BotCare.Channels;

/// <summary>
/// Client-credentials tokens for <c>MicrosoftAppId</c>/<c>MicrosoftAppPassword</c> from MSAL, which caches them
/// until shortly before they expire. The token is for the configured scope whatever instance asks, so a
/// proactive message from any instance is authorized (the SDK's old "trusted service URL" 401s cannot happen).
/// </summary>
public sealed class MsalChannelTokenProvider : IChannelTokenProvider
{
    private readonly BotFrameworkAuthenticationOptions _options;
    private readonly Lazy<IConfidentialClientApplication>? _application;

    public MsalChannelTokenProvider(IOptions<BotFrameworkAuthenticationOptions> options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        if (_options.IsAuthenticationEnabled)
        {
            _application = new Lazy<IConfidentialClientApplication>(() =>
            {
                var builder = ConfidentialClientApplicationBuilder.Create(_options.MicrosoftAppId)
                    .WithClientSecret(_options.MicrosoftAppPassword ?? string.Empty)
                    .WithAuthority(_options.Authority, _options.ValidateAuthority);
                if (!_options.ValidateAuthority)
                {
                    builder = builder.WithInstanceDiscovery(false);
                }

                if (httpClientFactory is not null)
                {
                    builder = builder.WithHttpClientFactory(httpClientFactory);
                }

                return builder.Build();
            });
        }
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_application is null)
        {
            return null;
        }

        var scope = _options.ToChannelFromBotOAuthScope.TrimEnd('/') + "/.default";
        var result = await _application.Value.AcquireTokenForClient([scope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
