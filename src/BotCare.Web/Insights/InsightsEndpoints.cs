using System.Security.Claims;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using BotCare.Cases;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// The insights dashboard at <c>/insights</c>, its figures at <c>/api/insights</c> and the cases as CSV, for
/// supervisors and admins. Everything is read-only, so no antiforgery token is asked for.
/// </summary>
public static class InsightsEndpoints
{
    /// <summary>This site's scripts only, talking to this site only; no markup from scripts (Trusted Types).</summary>
    private const string PageSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static WebApplication MapInsights(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // Chart.js is copied from node_modules next to the binaries at build time (the page's own code is in wwwroot/insights).
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "insightslib")),
            RequestPath = "/insights/lib",
            OnPrepareResponse = file => file.Context.Response.Headers.CacheControl = "public, max-age=86400",
        });

        // Signed-out people are sent to sign in (the agent policy); signed-in agents who are not supervisors get a 403.
        app.MapGet("/insights", ShowPage).RequireAuthorization(AgentAuthentication.AgentPolicy);
        app.MapGet("/api/insights", ReportAsync).RequireAuthorization(AgentAuthentication.SupervisorPolicy);
        app.MapGet("/api/insights/cases.csv", ExportAsync).RequireAuthorization(AgentAuthentication.SupervisorPolicy);
        return app;
    }

    private static IResult ShowPage(HttpContext http, IAntiforgery antiforgery, IOptions<ChatOptions> chat)
    {
        var user = http.User;
        var headers = http.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.CacheControl = "no-store";
        if (!user.IsInRole(nameof(AgentRole.Supervisor)) && !user.IsInRole(nameof(AgentRole.Admin)))
        {
            headers.ContentSecurityPolicy = "default-src 'none'";
            return Results.Text("Insights are for supervisors and admins. Ask an admin if you need them.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status403Forbidden);
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        headers.ContentSecurityPolicy = PageSecurityPolicy;
        var page = InsightsPage.Render(
            chat.Value.CompanyName,
            user.Identity?.Name ?? string.Empty,
            user.FindFirstValue(ClaimTypes.Role) ?? string.Empty,
            tokens.FormFieldName,
            tokens.RequestToken!);
        return Results.Content(page, "text/html; charset=utf-8");
    }

    private static async Task<IResult> ReportAsync(HttpContext http, InsightsSource source)
    {
        var (period, error) = Period(http, source);
        if (period is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.Json(await source.ReportAsync(period, http.RequestAborted), Json);
    }

    private static async Task<IResult> ExportAsync(HttpContext http, InsightsSource source)
    {
        var (period, error) = Period(http, source);
        if (period is null)
        {
            return Results.Problem(error, statusCode: StatusCodes.Status400BadRequest);
        }

        var csv = CaseCsv.Write(await source.CasesAsync(period, http.RequestAborted));
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(
            Encoding.UTF8.GetBytes(csv),
            "text/csv; charset=utf-8",
            $"botcare-cases-{period.From:yyyy-MM-dd}-to-{period.To:yyyy-MM-dd}.csv");
    }

    private static (InsightsPeriod? Period, string? Error) Period(HttpContext http, InsightsSource source)
    {
        var query = http.Request.Query;
        return InsightsRange.Parse(query["from"].ToString(), query["to"].ToString(), source.Today);
    }
}
