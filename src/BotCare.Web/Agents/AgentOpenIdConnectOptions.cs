namespace BotCare.Web;

/// <summary>
/// Optional sign-in with the company's identity provider (<c>Agents:OpenIdConnect</c>), e.g. Microsoft Entra ID with
/// <c>Authority</c> = <c>https://login.microsoftonline.com/{tenant}/v2.0</c>. Off unless an authority and a client id
/// are set. It only proves who someone is: they still need a BotCare agent account (whose id is the value of
/// <see cref="AccountClaim"/>, usually their e-mail address), which sets their role and skills.
/// </summary>
public sealed class AgentOpenIdConnectOptions
{
    public const string Section = "Agents:OpenIdConnect";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    /// <summary>The client secret; set it by environment variable or a secret store, never in the repository.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>What the sign-in button calls the provider.</summary>
    public string DisplayName { get; set; } = "your company account";

    /// <summary>The claim naming the BotCare account (falls back to <c>email</c>).</summary>
    public string AccountClaim { get; set; } = "preferred_username";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
