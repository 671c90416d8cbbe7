using System.Globalization;
using BotCare.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static BotCare.EndToEnd.Tests.Browsers;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// The insights dashboard on a running BotCare with twelve weeks of cases in its SQLite database: a supervisor signs
/// in, opens /insights, and sees the headline figures the seeded cases give, with every chart drawn.
/// </summary>
public sealed class InsightsTests
{
    private const string SupervisorPassword = "ledger-Kite4-harbour-mint";

    [Fact]
    public async Task ASupervisorSeesTheTwelveWeeksOfSeededCasesAsHeadlineFiguresAndCharts()
    {
        RequiredServices.RequireChromium();
        await using var app = new RunningBotCare(new Dictionary<string, string>
        {
            ["Agents:FirstAdmin:Id"] = "root",
            ["Agents:FirstAdmin:Password"] = "an-admin-nobody-uses-9Q",
            ["Chat:CompanyName"] = "Contoso Home",
        });

        // Seeded through the app's own stores, as the conversations would have saved them (no endpoint writes cases).
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        await InsightsSeed.SaveAsync(app.Services.GetRequiredService<ICaseStore>(), app.Services.GetRequiredService<ICommitmentStore>(), today);
        await app.Services.GetRequiredService<BotCare.Web.AgentAccounts>().CreateAsync("maya", "Maya Chen", AgentRole.Supervisor, SupervisorPassword);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchChromiumAsync(playwright);
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1440, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var problems = new BrowserProblems(page);

        try
        {
            await page.GotoAsync("/agent");
            await page.Locator("input[name=name]").FillAsync("maya");
            await page.Locator("input[name=password]").FillAsync(SupervisorPassword);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GetByTestId("insights-link").ClickAsync();
            await Expect(page.Locator("body")).ToHaveAttributeAsync("data-state", "ready");
            foreach (var chart in new[] { "problems", "csat-distribution", "csat-trend", "escalations", "costs", "commitments" })
            {
                await Expect(page.Locator($"#{chart}-chart")).ToBeVisibleAsync();
            }

            await Expect(page.Locator("#empty")).ToBeHiddenAsync();
            await HeadlinesMatchTheSeedAsync(page);
            await Expect(page.Locator("#products-table tbody tr")).ToHaveCountAsync(5);
            await Expect(page.Locator("#products-table tbody tr").First.Locator(".name")).ToHaveTextAsync("Aero Kettle X2");
            await Expect(page.Locator("#ideas .idea-group").First).ToBeVisibleAsync();
            await Expect(page.Locator("#csv-link")).ToHaveAttributeAsync("href", $"/api/insights/cases.csv?from={today.AddDays(-83):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
            await Screenshot(page, "insights");

            // A period with no cases says so instead of drawing empty charts.
            await page.Locator("#from").FillAsync("2020-01-01");
            await page.Locator("#to").FillAsync("2020-01-31");
            await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
            await Expect(page.Locator("#empty")).ToHaveTextAsync("No cases in this period. Choose a longer period or another date range.");
            await Expect(page.GetByTestId("tile-cases").Locator(".tile-value")).ToHaveTextAsync("0");
            await Expect(page.Locator("#problems-empty")).ToBeVisibleAsync();
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            await Screenshot(page, "insights-failure");
            throw new InvalidOperationException($"{failure.Message}\nBrowser errors: {problems}", failure);
        }

        Assert.True(problems.All.Count == 0, $"The browser complained: {problems}");
    }

    /// <summary>The seven tiles, against figures counted here from the seed's rules (not by the app's code).</summary>
    private static async Task HeadlinesMatchTheSeedAsync(IPage page)
    {
        var all = Enumerable.Range(0, InsightsSeed.Count).ToList();
        var finished = all.Where(i => !InsightsSeed.Open(i)).ToList();
        var contained = finished.Count(i => !InsightsSeed.Escalated(i));
        var escalated = all.Count(InsightsSeed.Escalated);
        var scores = finished.Where(InsightsSeed.Scored).Select(InsightsSeed.Score).ToList();
        var hours = finished.Select(InsightsSeed.ResolutionHours).Order().ToList();
        var median = hours.Count % 2 == 1 ? hours[hours.Count / 2] : (hours[(hours.Count / 2) - 1] + hours[hours.Count / 2]) / 2.0;
        var onTime = finished.Count(i => InsightsSeed.Promise(i, out var late) == CommitmentStatus.Kept && !late);
        var recontacts = all.Count(InsightsSeed.Recontact);

        await Tile(page, "cases", "96");
        await Tile(page, "containment", Percent(contained, all.Count));
        await Tile(page, "escalation", Percent(escalated, all.Count));
        await Tile(page, "csat", $"{((double)scores.Sum() / scores.Count).ToString("0.0", CultureInfo.InvariantCulture)} / 5");
        await Tile(page, "resolution", $"{median.ToString("0.0", CultureInfo.InvariantCulture)} h");
        await Tile(page, "commitments", Percent(onTime, finished.Count));
        await Tile(page, "recontact", Percent(recontacts, all.Count));
    }

    private static Task Tile(IPage page, string id, string value) =>
        Expect(page.GetByTestId($"tile-{id}").Locator(".tile-value")).ToHaveTextAsync(value);

    private static string Percent(int part, int whole) =>
        $"{Math.Round(100.0 * part / whole, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture)}%";
}
