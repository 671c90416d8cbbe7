using System.Net;
using System.Text.Json;
using BotCare.Cases;

namespace BotCare.Web.Tests.Insights;

/// <summary>The dashboard page, its figures and the CSV export, over cases saved through the app's own stores.</summary>
public sealed class InsightsEndpointTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";
    private const string Period = "from=2026-11-02&to=2026-11-08";

    private readonly BotCareApp _app = new();

    public InsightsEndpointTests()
    {
        _app.Settings["Agents:FirstAdmin:Id"] = "olga";
        _app.Settings["Agents:FirstAdmin:Password"] = Password;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SignedOutThePageGoesToSignInAndTheApiAnswers401()
    {
        using var client = AgentBrowser.Open(_app);

        using var page = await client.GetAsync("/insights");
        using var api = await client.GetAsync("/api/insights");
        using var csv = await client.GetAsync("/api/insights/cases.csv");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/agent/signin", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, csv.StatusCode);
    }

    [Fact]
    public async Task APlainAgentIsRefusedThePageTheFiguresAndTheExport()
    {
        using var client = await SignedInAsync("amy", AgentRole.Agent);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/insights")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/insights")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/insights/cases.csv")).StatusCode);
    }

    [Fact]
    public async Task ASupervisorGetsThePageWithChartJsAndItsScriptsUnderAStrictPolicy()
    {
        using var client = await SignedInAsync("sue", AgentRole.Supervisor);

        using var page = await client.GetAsync("/insights");
        var html = await page.Content.ReadAsStringAsync();
        using var chart = await client.GetAsync(InsightsPage.ChartScript);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<script src=\"/insights/lib/chart.umd.min.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("<script type=\"module\" src=\"/insights/insights.js\"></script>", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Contains("Chart.js v4.6.1", await chart.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFiguresComeFromTheStoredCasesOfThePeriod()
    {
        await SaveCasesAsync();
        using var client = await SignedInAsync("sue", AgentRole.Supervisor);

        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/insights?{Period}"));
        var report = json.RootElement;

        // p1 (contained, 2 h, CSAT 4), p2 (escalated: customer asked; 6 h; CSAT 2), p3 (open, recontact); late is next week.
        Assert.Equal("2026-11-02", report.GetProperty("from").GetString());
        Assert.Equal(3, report.GetProperty("cases").GetInt32());
        Assert.Equal(1.0 / 3, report.GetProperty("containmentRate").GetDouble(), 10);
        Assert.Equal(1.0 / 3, report.GetProperty("recontactRate").GetDouble(), 10);
        Assert.Equal(1, report.GetProperty("escalations").GetProperty("escalated").GetInt32());
        Assert.Equal("CustomerAsked", report.GetProperty("escalations").GetProperty("reasons")[0].GetProperty("name").GetString());
        Assert.Equal(3.0, report.GetProperty("csat").GetProperty("average").GetDouble());
        Assert.Equal([0, 1, 0, 1, 0], report.GetProperty("csat").GetProperty("distribution").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(4.0, report.GetProperty("resolution").GetProperty("medianHours").GetDouble());
        Assert.Equal(["Billing", "Delivery", "General", "Product"], report.GetProperty("problems").GetProperty("byCategory").EnumerateArray().Select(g => g.GetProperty("label").GetString()));
        var refund = report.GetProperty("remedyCosts")[0];
        Assert.Equal("Refund", refund.GetProperty("type").GetString());
        Assert.Equal(45m, refund.GetProperty("amounts")[0].GetProperty("amount").GetDecimal());
        var commitments = report.GetProperty("commitments");
        Assert.Equal(1, commitments.GetProperty("keptOnTime").GetInt32());
        Assert.Equal(1, commitments.GetProperty("broken").GetInt32());
        Assert.Equal(0.5, commitments.GetProperty("onTimeRate").GetDouble());
    }

    [Fact]
    public async Task TheCsvHasOneRowPerCaseQuotedAsRfc4180WithFormulasDisarmed()
    {
        await SaveCasesAsync();
        using var client = await SignedInAsync("sue", AgentRole.Supervisor);

        using var response = await client.GetAsync($"/api/insights/cases.csv?{Period}");
        var csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n");

        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("botcare-cases-2026-11-02-to-2026-11-08.csv", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        Assert.Equal("id,created,status,category,product,root cause,escalated,reasons,remedy,cost,csat,resolution hours,recontact", lines[0]);
        Assert.Equal("p1,2026-11-02T09:00:00Z,Resolved,Delivery,Kettle X2,Carrier delay,no,,Refund,20.00 USD,4,2.0,no", lines[1]);
        // A product name starting with = runs as a formula in a spreadsheet: it is prefixed with ' and, holding
        // quotes and a comma, quoted with its quotes doubled; the root cause's line break stays inside its quotes.
        Assert.Equal(
            "p2,2026-11-03T10:00:00Z,Escalated,Product; Billing,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",\"Late, \"\"very\"\" late\nagain\",yes,CustomerAsked,Refund; Replacement,25.00 USD,2,6.0,no",
            lines[2]);
        Assert.Equal("p3,2026-11-05T12:00:00Z,Open,General,'@SUM(A1),'-2+3,no,,,,,,yes", lines[3]);
        Assert.Equal(string.Empty, lines[4]);
        Assert.Equal(5, lines.Length);
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-12-01", "'from' must be a date as yyyy-MM-dd")]
    [InlineData("from=2026-11-02&to=tomorrow", "'to' must be a date as yyyy-MM-dd")]
    [InlineData("from=2026-11-09&to=2026-11-02", "'from' (2026-11-09) is after 'to' (2026-11-02)")]
    [InlineData("from=2020-01-01&to=2026-11-02", "longer than 800 days")]
    public async Task BadDatesAre400WithTheReason(string query, string reason)
    {
        using var client = await SignedInAsync("sue", AgentRole.Supervisor);

        foreach (var path in new[] { "/api/insights", "/api/insights/cases.csv" })
        {
            using var response = await client.GetAsync($"{path}?{query}");
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WithoutDatesTheReportCoversTheLastTwelveWeeksUpToToday()
    {
        using var client = await SignedInAsync("olga", role: null);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/insights"));

        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        Assert.Equal(today.ToString("yyyy-MM-dd"), json.RootElement.GetProperty("to").GetString());
        Assert.Equal(today.AddDays(-83).ToString("yyyy-MM-dd"), json.RootElement.GetProperty("from").GetString());
        Assert.Equal(0, json.RootElement.GetProperty("cases").GetInt32());
    }

    private async Task<HttpClient> SignedInAsync(string id, AgentRole? role)
    {
        if (role is { } r)
        {
            await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync(id, id, r, Password);
        }

        var client = AgentBrowser.Open(_app);
        using var signedIn = await AgentBrowser.SignInAsync(client, id, Password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return client;
    }

    private async Task SaveCasesAsync()
    {
        var store = _app.Services.GetRequiredService<ICaseStore>();
        var ledger = _app.Services.GetRequiredService<ICommitmentStore>();
        static DateTimeOffset At(int day, int hour) => new(2026, 11, day, hour, 0, 0, TimeSpan.Zero);

        var p1 = new Case { Id = "p1", ConversationId = "c1", CreatedAt = At(2, 9), Status = CaseStatus.Resolved, RootCause = "Carrier delay", Csat = new Satisfaction { Score = 4 } };
        p1.Issues.Add(new Issue { Category = IssueCategory.Delivery, Product = "Kettle X2" });
        p1.Actions.Add(new RemedyAction { Item = new RemedyItem(RemedyType.Refund, new Money(20m, "USD")), At = At(2, 11) });

        var p2 = new Case { Id = "p2", ConversationId = "c2", CreatedAt = At(3, 10), Status = CaseStatus.Escalated, RootCause = "Late, \"very\" late\nagain", Csat = new Satisfaction { Score = 2 } };
        p2.Issues.Add(new Issue { Category = IssueCategory.Product, Product = "=HYPERLINK(\"http://evil.example\",\"x\")" });
        p2.Issues.Add(new Issue { Category = IssueCategory.Billing });
        p2.Escalations.Add(new Escalation { Reason = EscalationReason.CustomerAsked, At = At(3, 11) });
        p2.Actions.Add(new RemedyAction { Item = new RemedyItem(RemedyType.Refund, new Money(25m, "USD")), At = At(3, 16) });
        p2.Actions.Add(new RemedyAction { Item = new RemedyItem(RemedyType.Replacement), At = At(3, 17) });

        var p3 = new Case { Id = "p3", ConversationId = "c3", CreatedAt = At(5, 12), Status = CaseStatus.Open, RootCause = "-2+3", LinkedCaseIds = ["p1"] };
        p3.Issues.Add(new Issue { Category = IssueCategory.General, Product = "@SUM(A1)" });

        var late = new Case { Id = "late", ConversationId = "c4", CreatedAt = At(9, 0), Status = CaseStatus.Resolved };
        late.Issues.Add(new Issue { Category = IssueCategory.Service });

        foreach (var @case in new[] { p1, p2, p3, late })
        {
            @case.UpdatedAt = @case.CreatedAt;
            await store.SaveAsync(@case);
        }

        var kept = await ledger.AddAsync(new Commitment { Id = "k1", CaseId = "p1", What = "refund", DueAt = At(3, 9), CreatedAt = At(2, 9) });
        Assert.True(await ledger.TryCompleteAsync(kept.Id, CommitmentStatus.Kept, At(2, 12), "bot"));
        var broken = await ledger.AddAsync(new Commitment { Id = "b1", CaseId = "p2", What = "call back", DueAt = At(4, 9), CreatedAt = At(3, 9) });
        Assert.True(await ledger.TryCompleteAsync(broken.Id, CommitmentStatus.Broken, At(4, 10), "bot"));
        await ledger.AddAsync(new Commitment { Id = "x1", CaseId = "late", What = "other week", DueAt = At(9, 9), CreatedAt = At(9, 0) });
    }
}
