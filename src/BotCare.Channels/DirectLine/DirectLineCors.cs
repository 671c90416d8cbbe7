using Microsoft.AspNetCore.Cors.Infrastructure;

namespace BotCare.Channels;

/// <summary>
/// Cross-origin access for the Direct Line API, so a company can render the chat on its own site: only the
/// origins in <c>DirectLine:AllowedOrigins</c>, with the headers DirectLineJS sends.
/// </summary>
public static class DirectLineCors
{
    public const string PolicyName = "DirectLine";

    public static void AddPolicy(CorsOptions cors, IEnumerable<string> allowedOrigins)
    {
        ArgumentNullException.ThrowIfNull(cors);
        var origins = allowedOrigins.Select(o => o.TrimEnd('/')).Where(o => o.Length > 0).ToArray();
        cors.AddPolicy(PolicyName, policy => policy
            .WithOrigins(origins)
            .WithMethods("GET", "POST")
            .WithHeaders("Authorization", "Content-Type", "Accept", "x-ms-bot-agent"));
    }
}
