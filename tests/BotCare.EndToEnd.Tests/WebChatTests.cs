using Microsoft.Playwright;
using static BotCare.EndToEnd.Tests.Browsers;
using static BotCare.EndToEnd.Tests.WebChat;

namespace BotCare.EndToEnd.Tests;

/// <summary>A customer in Chromium, using the chat page exactly as it ships: Web Chat over our Direct Line.</summary>
public sealed class WebChatTests
{
    [Fact]
    public async Task ACustomerIsWelcomedOnceGoesThroughTheRecoveryAndFindsItAfterAReload()
    {
        RequiredServices.RequireChromium();
        await using var app = new RunningBotCare();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browsers.LaunchChromiumAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString() });
        var browserProblems = new BrowserProblems(page);

        try
        {
            await ChatThroughTheRecoveryAsync(page);
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            // Show what the customer saw, and what the browser complained about, with the failure.
            await Screenshot(page, "failure");
            throw new InvalidOperationException($"{failure.Message}\nBrowser errors: {browserProblems}\nPage text: {await page.InnerTextAsync("body")}", failure);
        }

        Assert.Equal(1, await Said(page, "What happened?").CountAsync());
        Assert.Empty(browserProblems.All);
    }

    private static async Task ChatThroughTheRecoveryAsync(IPage page)
    {
        await page.GotoAsync("/");
        await Expect(Said(page, "What happened?")).ToBeVisibleAsync();
        await Screenshot(page, "1-welcome");

        await SendAsync(page, "the headphones i ordered last week stopped charging after 2 days. really disappointed");
        await Click(page, "No, that's all");
        await Expect(Said(page, "Could you give me the order or booking number?")).ToBeVisibleAsync();
        await SendAsync(page, "10042");
        await Expect(Said(page, "Let me make sure I have it right")).ToBeVisibleAsync();
        await Click(page, "Yes");
        await Expect(Said(page, "What would make this right for you?")).ToBeVisibleAsync();
        await SendAsync(page, "i just want ones that work");
        await Expect(Said(page, "Shall I go ahead?")).ToBeVisibleAsync();
        await Screenshot(page, "2-offer");
        await Click(page, "Yes");
        await Expect(Said(page, "Your reference is RPL-10042-1.")).ToBeVisibleAsync();
        await Click(page, "Not really");
        await Expect(Said(page, "Take care")).ToBeVisibleAsync();
        await Screenshot(page, "3-done");

        await page.ReloadAsync();

        await Expect(Said(page, "Your reference is RPL-10042-1.")).ToBeVisibleAsync();
        await Expect(Said(page, "the headphones i ordered last week stopped charging")).ToBeVisibleAsync();
        await Screenshot(page, "4-after-reload");
    }
}
