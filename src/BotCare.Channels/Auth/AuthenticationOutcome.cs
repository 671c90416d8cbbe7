using System.Security.Claims;

namespace BotCare.Channels;

/// <summary>Who sent an activity, or why they could not be trusted.</summary>
public sealed record AuthenticationOutcome(ClaimsIdentity? Identity, string? CallerId, string? Failure)
{
    public bool Succeeded => Failure is null;

    public static AuthenticationOutcome Anonymous { get; } = new(new ClaimsIdentity("anonymous"), null, null);

    public static AuthenticationOutcome Fail(string reason) => new(null, null, reason);
}
