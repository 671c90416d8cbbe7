using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace BotCare.EndToEnd.Tests;

/// <summary>Debian's Chromium driven by Playwright, as the browser tests use it: launching, screenshots and what the browser complained about.</summary>
internal static class Browsers
{
    public static readonly string ScreenshotFolder = Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>The size of a laptop screen, the smallest the agent console is designed for.</summary>
    public static readonly ViewportSize Laptop = new() { Width = 1280, Height = 800 };

    static Browsers()
    {
        // Loading Web Chat (4 MB of script) on a busy two-core CI machine can take several seconds.
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright)
    {
        ArgumentNullException.ThrowIfNull(playwright);
        RequiredServices.RequireChromium();
        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = RequiredServices.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    public static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    public static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    /// <summary>
    /// Saves a screenshot to the test output's screenshots folder and attaches it to the test result. The whole page by
    /// default; just the viewport with <paramref name="fullPage"/> false, to see exactly what fits on the screen.
    /// </summary>
    public static async Task Screenshot(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        var image = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        Attach(name, path, image);
    }

    /// <summary>
    /// Scrolls Web Chat's transcript to its newest message, as a customer reading along would see it: Web Chat stops
    /// following new messages once the page has been scrolled, so a screenshot can otherwise show older ones.
    /// </summary>
    public static Task ScrolledToLatestAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.EvaluateAsync("() => document.querySelectorAll('.webchat__basic-transcript__scrollable').forEach(e => e.scrollTop = e.scrollHeight)");
    }

    /// <summary>A screenshot of one element (a pane, a card), saved and attached like a page's.</summary>
    public static async Task Screenshot(ILocator element, string name)
    {
        ArgumentNullException.ThrowIfNull(element);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}.png");
        var image = await element.ScreenshotAsync(new LocatorScreenshotOptions { Path = path });
        Attach(name, path, image);
    }

    private static void Attach(string name, string path, byte[] image)
    {
        TestContext.Current.AddAttachment($"{name}.png", image, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}

/// <summary>
/// Everything a page logged as an error or a warning, or threw, collected from the moment it is watched. Warnings
/// count: Web Chat warns rather than fails when the server sends it something it cannot place (a reply to an activity
/// it never received, which it then holds back for five seconds), and the console warns when a call it can live
/// without fails.
/// </summary>
internal sealed class BrowserProblems
{
    private readonly List<string> _problems = [];

    public BrowserProblems(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                Add($"console {message.Type}: {message.Text}{(string.IsNullOrEmpty(message.Location) ? string.Empty : $" ({message.Location})")}");
            }
        };
        page.PageError += (_, error) => Add($"page error: {error}");
    }

    /// <summary>A copy, safe to read while the page goes on logging.</summary>
    public IReadOnlyList<string> All
    {
        get
        {
            lock (_problems)
            {
                return [.. _problems];
            }
        }
    }

    public override string ToString() => All.Count == 0 ? "none" : string.Join(" | ", All);

    private void Add(string problem)
    {
        lock (_problems)
        {
            _problems.Add(problem);
        }
    }
}

/// <summary>The customer's side: the chat page (Web Chat) as it ships.</summary>
internal static class WebChat
{
    /// <summary>
    /// A message in the transcript containing <paramref name="text"/> (not Web Chat's screen-reader copies of it). Web
    /// Chat's Markdown typesets apostrophes (I'll becomes I’ll), so either one matches.
    /// </summary>
    public static ILocator Said(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(text);
        var paragraphs = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Paragraph);
        return text.Contains('\'', StringComparison.Ordinal)
            ? paragraphs.Filter(new() { HasTextRegex = new Regex(Regex.Escape(text).Replace("'", "['’]", StringComparison.Ordinal)) })
            : paragraphs.Filter(new() { HasText = text });
    }

    /// <summary>One of the suggested actions offered above the send box (Web Chat shows those of the latest message only).</summary>
    public static ILocator Offered(IPage page, string button)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" }).GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
    }

    /// <summary>Clicks one of the suggested actions offered above the send box.</summary>
    public static Task Click(IPage page, string button) => Offered(page, button).ClickAsync();

    /// <summary>Types into Web Chat's send box and sends, as a customer would, and waits for it to show as sent.</summary>
    public static async Task SendAsync(IPage page, string text)
    {
        ArgumentNullException.ThrowIfNull(page);
        var box = page.GetByPlaceholder("Type your message");
        await box.FillAsync(text);
        await box.PressAsync("Enter");
        await Assertions.Expect(Said(page, text)).ToBeVisibleAsync();
    }
}
