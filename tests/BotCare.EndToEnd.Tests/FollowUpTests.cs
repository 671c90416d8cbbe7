using BotCare.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static BotCare.EndToEnd.Tests.Browsers;
using static BotCare.EndToEnd.Tests.WebChat;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// Playbook step 17 as a customer sees it: the follow-up arrives in the Web Chat they left open, as a proactive message
/// from the scheduler, and their rating lands on the case. The remedy's follow-up time is set to seconds for the test.
/// </summary>
public sealed class FollowUpTests
{
    private static readonly Dictionary<string, string> SoonSettings = new()
    {
        ["Recovery:FollowUpDays:Replacement"] = "0.0001",
        ["FollowUps:CheckEverySeconds"] = "1",

        // No quiet hours, whenever CI runs.
        ["FollowUps:QuietFrom"] = "00:00",
        ["FollowUps:QuietUntil"] = "00:00",
    };

    [Fact]
    public async Task TheFollowUpArrivesInWebChatAndTheCustomersRatingLandsOnTheCase()
    {
        RequiredServices.RequireChromium();
        await using var app = new RunningBotCare(SoonSettings);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString(), ViewportSize = Laptop });
        var browserProblems = new BrowserProblems(page);

        try
        {
            await page.GotoAsync("/");
            await Expect(Said(page, "What happened?")).ToBeVisibleAsync();
            await SendAsync(page, "the headphones from order 10042 stopped charging after 2 days");
            await Click(page, "No, that's all");
            await Expect(Said(page, "Let me make sure I have it right")).ToBeVisibleAsync();
            await Click(page, "Yes");
            await Expect(Said(page, "What would make this right for you?")).ToBeVisibleAsync();
            await SendAsync(page, "i just want ones that work");
            await Expect(Said(page, "Shall I go ahead?")).ToBeVisibleAsync();
            await Click(page, "Yes");
            await Expect(Said(page, "I'll check in with you later today")).ToBeVisibleAsync();
            await Click(page, "Not really");
            await Expect(Said(page, "Take care")).ToBeVisibleAsync();

            // Nothing more for the customer to do: the next message is BotCare's own, some seconds later.
            await Expect(Said(page, "Is everything sorted now?")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 });
            await Expect(Said(page, "Hello again. When we spoke earlier today about your order 10042")).ToBeVisibleAsync();
            await ScrolledToLatestAsync(page);
            await Screenshot(page, "followup-1-check-in");

            await Click(page, "Yes, all sorted");
            await Expect(Said(page, "How would you rate the way we handled this")).ToBeVisibleAsync();
            await Click(page, "5");
            await Expect(Said(page, "Is there anything you'd like to tell us about it?")).ToBeVisibleAsync();
            await SendAsync(page, "quick replacement, thank you");
            await Expect(Said(page, "Thank you, that's good to hear.")).ToBeVisibleAsync();
            await ScrolledToLatestAsync(page);
            await Screenshot(page, "followup-2-rated");
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            await Screenshot(page, "followup-failure");
            throw new InvalidOperationException($"{failure.Message}\nBrowser errors: {browserProblems}\nPage text: {await page.InnerTextAsync("body")}", failure);
        }

        var @case = Assert.Single(await app.Services.GetRequiredService<ICaseStore>().ListAsync(new CaseQuery()));
        Assert.Equal(5, @case.Csat!.Score);
        Assert.Equal("quick replacement, thank you", @case.Csat.Comment);
        Assert.Equal(FollowUpAnswer.Satisfied, Assert.Single(@case.FollowUps).Answer);
        Assert.Equal(CaseStatus.Closed, @case.Status);
        var commitment = Assert.Single(await app.Services.GetRequiredService<ICommitmentStore>().ListAsync(new CommitmentQuery { CaseId = @case.Id }));
        Assert.Equal(CommitmentStatus.Kept, commitment.Status);
        Assert.Empty(browserProblems.All);
    }
}
