using System.Threading.RateLimiting;

namespace BotCare.Web;

/// <summary>Registers the chat page's settings and the rate limit on its token endpoint.</summary>
public static class ChatRegistration
{
    public const string TokenRateLimit = "chat-token";

    public static IServiceCollection AddBotCareChat(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var perMinute = configuration.GetSection(ChatOptions.SectionName).Get<ChatOptions>()?.TokensPerMinutePerAddress ?? new ChatOptions().TokensPerMinutePerAddress;
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(TokenRateLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }
}
