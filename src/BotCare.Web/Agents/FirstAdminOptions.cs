namespace BotCare.Web;

/// <summary>
/// The first administrator (section <c>Agents:FirstAdmin</c>), created at start when no administrator exists yet, so a
/// new installation can be signed in to. Set the password from an environment variable or a secret store, never in a
/// committed file: <c>Agents__FirstAdmin__Password</c>.
/// </summary>
public sealed class FirstAdminOptions
{
    public const string Section = "Agents:FirstAdmin";

    public string Id { get; set; } = "admin";

    public string DisplayName { get; set; } = "Administrator";

    /// <summary>Empty: no administrator is created.</summary>
    public string Password { get; set; } = string.Empty;
}
