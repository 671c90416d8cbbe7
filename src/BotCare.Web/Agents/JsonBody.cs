using System.Text.Json;

namespace BotCare.Web;

/// <summary>
/// Reads a request's JSON body for the agent API, so a wrong body is a 400 that says what is wrong (not JSON, empty,
/// a field of the wrong type) rather than the framework's bare 400.
/// </summary>
public static class JsonBody
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Value, IResult? Error)> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasJsonContentType())
        {
            return (null, Invalid("Send a JSON body with Content-Type: application/json."));
        }

        try
        {
            return await request.ReadFromJsonAsync<T>(Options, cancellationToken) is { } value
                ? (value, null)
                : (null, Invalid("The body is empty: send a JSON object."));
        }
        catch (JsonException exception)
        {
            return (null, Invalid($"The body is not valid JSON: {exception.Message}"));
        }
    }

    public static IResult Invalid(string reason) => Results.Problem(reason, statusCode: StatusCodes.Status400BadRequest);
}
