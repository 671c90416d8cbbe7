using Microsoft.Playwright;

namespace BotCare.EndToEnd.Tests;

/// <summary>A customer in Chromium, using the chat page exactly as it ships: Web Chat over our Direct Line.</summary>
public sealed class WebChatTests
{
    private static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    static WebChatTests()
    {
        // Loading Web Chat (4 MB of script) on a busy two-core CI machine can take several seconds.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    [Fact]
    public async Task ACustomerIsWelcomedOnceGoesThroughTheRecoveryAndFindsItAfterAReload()
    {
        RequiredServices.RequireChromium();
        await using var app = new RunningBotCare();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiredServices.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = app.BaseAddress.ToString() });
        var browserProblems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                browserProblems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => browserProblems.Add(error);

        try
        {
            await ChatThroughTheRecoveryAsync(page);
        }
        catch (Exception failure) when (failure is PlaywrightException or TimeoutException)
        {
            // Show what the customer saw, and what the browser complained about, with the failure.
            await Screenshot(page, "failure");
            throw new InvalidOperationException($"{failure.Message}\nBrowser errors: {string.Join(" | ", browserProblems)}\nPage text: {await page.InnerTextAsync("body")}", failure);
        }

        Assert.Equal(1, await Said(page, "What happened?").CountAsync());
        Assert.Empty(browserProblems);
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

    /// <summary>A message in the transcript containing <paramref name="text"/> (not Web Chat's screen-reader copies of it).</summary>
    private static ILocator Said(IPage page, string text) =>
        page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Paragraph).Filter(new() { HasText = text });

    /// <summary>Clicks one of the suggested actions offered above the send box.</summary>
    private static Task Click(IPage page, string button) =>
        page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    /// <summary>Types into Web Chat's send box and sends, as a customer would.</summary>
    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.GetByPlaceholder("Type your message");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await Assertions.Expect(Said(page, text)).ToBeVisibleAsync();
    }

    private static async Task Screenshot(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        var image = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment($"{name}.png", image, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
