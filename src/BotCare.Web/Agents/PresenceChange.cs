namespace BotCare.Web;

/// <summary>The body of <c>POST /api/agent/presence</c>.</summary>
/// <param name="Presence"><c>online</c>, <c>away</c> or <c>offline</c>.</param>
public sealed record PresenceChange(string Presence);
