namespace BotCare.Channels;

/// <summary>
/// Bot Framework authentication settings under the SDK's own names, read from the root of the configuration
/// (appsettings.json or environment variables). Defaults are the public Azure cloud; sovereign clouds and
/// tests point the URLs elsewhere.
/// </summary>
public sealed class BotFrameworkAuthenticationOptions
{
    /// <summary><c>MultiTenant</c> (default) or <c>SingleTenant</c>.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>The bot's app id. Empty means authentication is off: only for local development.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    public string ToBotFromChannelTokenIssuer { get; set; } = "https://api.botframework.com";

    /// <summary>The authority for outbound tokens, including the tenant segment.</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = "https://login.microsoftonline.com/botframework.com";

    public string ToChannelFromBotOAuthScope { get; set; } = "https://api.botframework.com";

    public bool ValidateAuthority { get; set; } = true;

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The authority for this app: a single-tenant app signs in against its own tenant.</summary>
    public string Authority => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
        ? ReplaceTenant(ToChannelFromBotLoginUrl, MicrosoftAppTenantId)
        : ToChannelFromBotLoginUrl;

    /// <summary>Issuers of tokens the Bot Framework Emulator sends (AAD v1 and v2, both Microsoft tenants).</summary>
    public IReadOnlyList<string> EmulatorIssuers =>
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        .. string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? Array.Empty<string>()
            : [$"https://sts.windows.net/{MicrosoftAppTenantId}/", $"https://login.microsoftonline.com/{MicrosoftAppTenantId}/v2.0"],
    ];

    private static string ReplaceTenant(string loginUrl, string tenant)
    {
        var uri = new Uri(loginUrl);
        return $"{uri.Scheme}://{uri.Authority}/{tenant}";
    }
}
