using System.Security.Claims;
using BotCare.Builder;
using BotCare.Cases;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Admins erase a customer's data and run retention: <c>/api/admin/erasure</c>, <c>/api/admin/retention</c>, and the
/// page <c>/admin/data</c>. Agents and supervisors get 403: erasure cannot be undone.
/// </summary>
public static class DataProtectionEndpoints
{
    public const string PagePath = "/admin/data";
    private const int ListLimit = 200;

    public static IEndpointRouteBuilder MapDataProtection(this IEndpointRouteBuilder app)
    {
        app.MapGet(PagePath, ShowPage).RequireAuthorization(AgentAuthentication.AgentPolicy);
        var admin = app.MapGroup("/api/admin").RequireAuthorization(AgentAuthentication.AdminPolicy);
        admin.MapPost("/erasure", EraseAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        admin.MapGet("/erasure", ListAsync);
        admin.MapGet("/erasure/{id}", GetAsync);
        admin.MapPost("/retention/run", RunRetentionAsync).AddEndpointFilter(AgentConversationEndpoints.RequireAntiforgeryAsync);
        admin.MapGet("/retention", RetentionAsync);
        return app;
    }

    /// <summary>
    /// <c>{"customerId":"..."}</c>, <c>{"conversationId":"..."}</c> or <c>{"orderNumber":"..."}</c>: 200 with the report,
    /// also when nothing matched (<c>nothingFound</c> is then true), because "we hold nothing about you" is an answer
    /// the admin must be able to give and keep; 400 with the reason when the request does not say whom.
    /// </summary>
    private static async Task<IResult> EraseAsync(HttpContext http, ClaimsPrincipal user, CustomerErasure erasure, CancellationToken cancellationToken)
    {
        var (request, error) = await JsonBody.ReadAsync<ErasureRequest>(http.Request, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        if (request!.Subject(out var invalid) is not { } subject)
        {
            return JsonBody.Invalid(invalid!);
        }

        var admin = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity?.Name ?? "admin";
        return Results.Json(await erasure.EraseAsync(subject.Kind, subject.Value, admin, cancellationToken), BotJson.Options);
    }

    private static async Task<IResult> ListAsync(ErasureReports reports, CancellationToken cancellationToken) =>
        Results.Json(new { items = await reports.ListAsync(ListLimit, cancellationToken) }, BotJson.Options);

    private static async Task<IResult> GetAsync(string id, ErasureReports reports, CancellationToken cancellationToken) =>
        await reports.GetAsync(id, cancellationToken) is { } report
            ? Results.Json(report, BotJson.Options)
            : Results.Problem($"No erasure report '{id}'.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> RunRetentionAsync(ClaimsPrincipal user, RetentionSweep sweep, CancellationToken cancellationToken)
    {
        var admin = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "admin";
        return Results.Json(await sweep.RunAsync(admin, cancellationToken), BotJson.Options);
    }

    private static async Task<IResult> RetentionAsync(RetentionSweep sweep, IOptionsMonitor<DataProtectionOptions> options, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        return Results.Json(new
        {
            retainClosedConversationsDays = settings.RetainClosedConversationsDays,
            enabled = settings.RetainClosedConversationsDays > 0,
            checkEveryHours = settings.RetentionCheckEvery.TotalHours,
            lastRun = await sweep.LastRunAsync(cancellationToken),
        }, BotJson.Options);
    }

    private static IResult ShowPage(HttpContext http, IAntiforgery antiforgery, IOptions<ChatOptions> chat)
    {
        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = DataProtectionPage.SecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        if (!http.User.IsInRole(nameof(AgentRole.Admin)))
        {
            return Results.Content(DataProtectionPage.Forbidden(chat.Value.CompanyName), "text/html; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        return Results.Content(DataProtectionPage.Shell(chat.Value.CompanyName, http.User.Identity?.Name ?? string.Empty, tokens.FormFieldName, tokens.RequestToken!), "text/html; charset=utf-8");
    }
}
