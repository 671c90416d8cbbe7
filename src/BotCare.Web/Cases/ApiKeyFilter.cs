using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>Lets a request through only with one of the configured API keys (compared in constant time).</summary>
public sealed class ApiKeyFilter(IOptions<ApiKeyOptions> options) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var presented = context.HttpContext.Request.Headers[ApiKeyOptions.HeaderName].ToString();
        if (presented.Length == 0 || !options.Value.Keys.Any(key => Matches(key, presented)))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "An API key is required",
                detail: $"Send one of the keys configured in Api:Keys in the {ApiKeyOptions.HeaderName} header.");
        }

        return await next(context);
    }

    private static bool Matches(string key, string presented) =>
        key.Length > 0 && CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(key)), SHA256.HashData(Encoding.UTF8.GetBytes(presented)));
}
