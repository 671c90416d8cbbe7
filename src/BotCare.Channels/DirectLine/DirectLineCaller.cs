using Microsoft.AspNetCore.Http;

namespace BotCare.Channels;

/// <summary>
/// Who is calling the Direct Line API: the holder of the secret (a company's own server, allowed everything) or
/// the holder of a token (one browser, allowed one conversation as one user).
/// </summary>
public sealed record DirectLineCaller(bool HoldsSecret, string? ConversationId, string? UserId)
{
    public static DirectLineCaller Secret { get; } = new(true, null, null);

    /// <summary>Whether this caller may read and post in <paramref name="conversationId"/>.</summary>
    public bool MayUse(string conversationId) => HoldsSecret || string.Equals(ConversationId, conversationId, StringComparison.Ordinal);

    /// <summary>
    /// Reads the bearer credential. 401 without one; 403 for a token that is expired or not ours, which
    /// DirectLineJS takes as "get a new token" rather than a fatal error.
    /// </summary>
    public static async Task<(DirectLineCaller? Caller, IResult? Refusal)> FromRequestAsync(HttpRequest request, DirectLineTokens tokens, string? credential = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        credential ??= BearerOf(request.Headers.Authorization.ToString());
        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.Unauthorized("Send 'Authorization: Bearer <secret or token>'."));
        }

        if (tokens.IsSecret(credential))
        {
            return (Secret, null);
        }

        var check = await tokens.ValidateAsync(credential);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => (new DirectLineCaller(false, check.ConversationId, check.UserId), null),
            DirectLineTokenStatus.Expired => (null, DirectLineErrors.Forbidden("TokenExpired", "The token has expired; start again with a new one.")),
            _ => (null, DirectLineErrors.Forbidden("BadArgument", "The token is not valid.")),
        };
    }

    private static string? BearerOf(string header) =>
        header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
}
