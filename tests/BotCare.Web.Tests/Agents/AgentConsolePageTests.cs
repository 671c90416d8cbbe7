using System.Net;
using System.Text.RegularExpressions;

namespace BotCare.Web.Tests.Agents;

/// <summary>The console's shell page at <c>/agent</c> and the browser code it loads.</summary>
public sealed partial class AgentConsolePageTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();

    public AgentConsolePageTests()
    {
        _app.Settings["Agents:FirstAdmin:Id"] = "olga";
        _app.Settings["Agents:FirstAdmin:DisplayName"] = "Olga <script>alert(1)</script>";
        _app.Settings["Agents:FirstAdmin:Password"] = Password;
        _app.Settings["Chat:CompanyName"] = "Fabrikam <Home> & Garden";
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task SignedOutTheConsoleSendsTheBrowserToSignIn()
    {
        using var client = AgentBrowser.Open(_app);

        using var page = await client.GetAsync("/agent");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/agent/signin", page.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedInTheShellShowsTheAgentAndCompanyEncodedAndLoadsSignalRBeforeTheModule()
    {
        using var client = AgentBrowser.Open(_app);
        using var signedIn = await AgentBrowser.SignInAsync(client, "olga", Password);

        using var page = await client.GetAsync("/agent");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Olga &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("Fabrikam &lt;Home&gt; &amp; Garden", html, StringComparison.Ordinal);
        Assert.Contains("Agent console", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"whoami-role\">Admin</span>", html, StringComparison.Ordinal);

        var signalR = html.IndexOf("<script src=\"/agent/lib/signalr.min.js\"></script>", StringComparison.Ordinal);
        var module = html.IndexOf("<script type=\"module\" src=\"/agent/console.js\"></script>", StringComparison.Ordinal);
        Assert.True(signalR >= 0 && module > signalR, "The SignalR bundle loads, as a classic script, before the console's module.");
        Assert.Contains("href=\"/agent/console.css\"", html, StringComparison.Ordinal);

        // Only script elements with a src: nothing inline for a policy to allow.
        Assert.All(ScriptTag().Matches(html), tag => Assert.Contains("src=\"/agent/", tag.Value, StringComparison.Ordinal));
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineHandler(), html);
    }

    [Fact]
    public async Task TheShellCarriesTheSignOutFormWithItsTokenAndTheAgentsPresenceAndTheHooksTheScriptFills()
    {
        using var client = AgentBrowser.Open(_app);
        using var signedIn = await AgentBrowser.SignInAsync(client, "olga", Password);

        var html = await client.GetStringAsync("/agent");

        Assert.Contains("<form class=\"signout\" method=\"post\" action=\"/agent/signout\">", html, StringComparison.Ordinal);
        Assert.NotEmpty(AgentBrowser.TokenIn(html));
        // A new account starts offline.
        Assert.Contains("<option value=\"offline\" selected>Offline</option>", html, StringComparison.Ordinal);
        foreach (var hook in new[] { "presence-select", "error-banner", "case-panel" })
        {
            Assert.Contains($"data-testid=\"{hook}\"", html, StringComparison.Ordinal);
        }

        using var signOut = await client.PostAsync("/agent/signout", AgentBrowser.Form((AgentBrowser.AntiforgeryFieldName, AgentBrowser.TokenIn(html))));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await client.GetAsync("/agent");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task TheConsoleRunsOnlyItsOwnScriptsTalksOnlyToThisSiteAndCannotBeFramed()
    {
        using var client = AgentBrowser.Open(_app);
        using var signedIn = await AgentBrowser.SignInAsync(client, "olga", Password);

        using var page = await client.GetAsync("/agent");

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self' wss://localhost ws://localhost;", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("require-trusted-types-for 'script'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());

        // The sign-in page keeps its own, stricter policy: no scripts at all.
        using var signIn = await client.GetAsync(AgentAuthentication.SignInPath);
        Assert.DoesNotContain("script-src", string.Join(";", signIn.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSignalRBundleIsServedAsJavaScript()
    {
        using var client = AgentBrowser.Open(_app);

        using var response = await client.GetAsync("/agent/lib/signalr.min.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Contains("HubConnectionBuilder", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryModuleTheConsoleImportsIsServedAndNoneHandsMarkupToTheDom()
    {
        using var client = AgentBrowser.Open(_app);
        var pending = new Queue<string>(["/agent/console.js"]);
        var seen = new HashSet<string>(StringComparer.Ordinal);

        while (pending.TryDequeue(out var path))
        {
            if (!seen.Add(path))
            {
                continue;
            }

            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {response.StatusCode}");
            Assert.Contains("javascript", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            var code = await response.Content.ReadAsStringAsync();
            foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
            {
                Assert.False(code.Contains(sink, StringComparison.Ordinal), $"{path} uses {sink}");
            }

            foreach (Match import in ImportFrom().Matches(code))
            {
                pending.Enqueue("/agent/" + import.Groups[1].Value);
            }
        }

        Assert.Contains("/agent/api.js", seen);
        Assert.Contains("/agent/live.js", seen);
        using var css = await client.GetAsync("/agent/console.css");
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();

    [GeneratedRegex("<[^>]+\\son[a-z]+\\s*=")]
    private static partial Regex InlineHandler();

    [GeneratedRegex("from '\\./([a-z-]+\\.js)'")]
    private static partial Regex ImportFrom();
}
