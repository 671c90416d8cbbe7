using System.Net;
using System.Text.Json;

namespace BotCare.Web.Tests.Agents;

public sealed class AgentSignInTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();

    public AgentSignInTests()
    {
        _app.Settings["Agents:FirstAdmin:Id"] = "olga";
        _app.Settings["Agents:FirstAdmin:DisplayName"] = "Olga Admin";
        _app.Settings["Agents:FirstAdmin:Password"] = Password;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheConsoleSendsStrangersToSignInAndItsApisRefuseThem()
    {
        using var client = AgentBrowser.Open(_app);

        using var page = await client.GetAsync("/agent");
        using var api = await client.GetAsync("/api/agent/me");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("https://localhost/agent/signin", page.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task SigningInGivesASecureHttpOnlyStrictCookieThatOpensTheConsoleUntilSignOut()
    {
        using var client = AgentBrowser.Open(_app);

        using var signedIn = await AgentBrowser.SignInAsync(client, "Olga", Password);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/agent", signedIn.Headers.Location!.ToString());
        var cookie = Assert.Single(signedIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(AgentAuthentication.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);

        var console = await client.GetStringAsync("/agent");
        Assert.Contains("Signed in as Olga Admin (Admin)", console, StringComparison.Ordinal);
        using var me = JsonDocument.Parse(await client.GetStringAsync("/api/agent/me"));
        Assert.Equal(("olga", "Admin"), (me.RootElement.GetProperty("id").GetString(), me.RootElement.GetProperty("role").GetString()));

        using var signOut = await client.PostAsync("/agent/signout", AgentBrowser.Form((AgentBrowser.AntiforgeryFieldName, AgentBrowser.TokenIn(console))));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await client.GetAsync("/api/agent/me");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task AWrongPasswordIsRefusedWithoutACookieAndTheNameShownBackEncoded()
    {
        using var client = AgentBrowser.Open(_app);

        using var refused = await AgentBrowser.SignInAsync(client, "<script>alert(1)</script>", Password);

        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        var body = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Wrong name or password.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", body, StringComparison.Ordinal);
        Assert.DoesNotContain(refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [], c => c.StartsWith(AgentAuthentication.CookieName + "=", StringComparison.Ordinal));
        using var api = await client.GetAsync("/api/agent/me");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task FiveWrongPasswordsForANameStopItsPasswordSignInWhileOtherNamesStillWork()
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync("ben", "Ben", BotCare.Cases.AgentRole.Agent, Password);
        using var client = AgentBrowser.Open(_app);
        for (var i = 0; i < SignInThrottle.MaxFailures; i++)
        {
            using var wrong = await AgentBrowser.SignInAsync(client, "OLGA", "not the password at all");
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        using var locked = await AgentBrowser.SignInAsync(client, "olga", Password);
        using var other = await AgentBrowser.SignInAsync(AgentBrowser.Open(_app), "ben", Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many wrong passwords", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(locked.Headers.RetryAfter is not null);
        Assert.Equal(HttpStatusCode.Redirect, other.StatusCode);
    }

    [Fact]
    public async Task AFormWithoutTheAntiforgeryTokenChangesNothing()
    {
        using var client = AgentBrowser.Open(_app);

        // What another site could make a signed-out browser post: the right password, but no token from our page.
        using var forged = await client.PostAsync(AgentAuthentication.SignInPath, AgentBrowser.Form(("name", "olga"), ("password", Password)));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("antiforgery", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var api = await client.GetAsync("/api/agent/me");
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    [Fact]
    public async Task TheSignInPageCannotBeFramedOrRunScripts()
    {
        using var client = AgentBrowser.Open(_app);

        using var page = await client.GetAsync(AgentAuthentication.SignInPath);

        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }
}
