using BotCare.Cases;

namespace BotCare.Web;

/// <summary>
/// Read access to cases for agents' and managers' tools: <c>GET /api/cases</c> (filters: conversationId, status,
/// customerId, orderNumber, updatedSince, limit) and <c>GET /api/cases/{id}</c>, behind an API key until agent
/// sign-in arrives.
/// </summary>
public static class CaseEndpoints
{
    private const int MaxLimit = 500;

    public static IServiceCollection AddBotCareCaseApi(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ApiKeyOptions>().Bind(configuration.GetSection(ApiKeyOptions.SectionName));
        return services;
    }

    public static WebApplication MapCases(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var cases = app.MapGroup("/api/cases").AddEndpointFilter<ApiKeyFilter>();
        cases.MapGet("/", ListAsync);
        cases.MapGet("/{id}", GetAsync);
        return app;
    }

    private static async Task<IResult> ListAsync(
        ICaseStore store,
        string? conversationId,
        string? status,
        string? customerId,
        string? orderNumber,
        DateTimeOffset? updatedSince,
        int? limit,
        CancellationToken cancellationToken)
    {
        if (limit is < 1 or > MaxLimit)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad limit", detail: $"limit must be between 1 and {MaxLimit}.");
        }

        CaseStatus? parsedStatus = null;
        if (status is not null)
        {
            if (!Enum.TryParse<CaseStatus>(status, ignoreCase: true, out var value) || !Enum.IsDefined(value))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad status", detail: $"status must be one of: {string.Join(", ", Enum.GetNames<CaseStatus>())}.");
            }

            parsedStatus = value;
        }

        if (conversationId is not null)
        {
            // A conversation has at most one case: answer with a list of zero or one, in the same shape.
            var found = await store.FindByConversationAsync(conversationId, cancellationToken);
            return Results.Json(found is null ? [] : new[] { found }, CaseJson.Options);
        }

        var query = new CaseQuery
        {
            Status = parsedStatus,
            CustomerId = customerId,
            OrderNumber = orderNumber,
            UpdatedSince = updatedSince,
            Limit = limit ?? 100,
        };
        return Results.Json(await store.ListAsync(query, cancellationToken), CaseJson.Options);
    }

    private static async Task<IResult> GetAsync(ICaseStore store, string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } found
            ? Results.Json(found, CaseJson.Options)
            : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case", detail: $"There is no case '{id}'.");
}
