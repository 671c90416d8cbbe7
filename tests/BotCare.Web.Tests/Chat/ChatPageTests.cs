using System.Net;

namespace BotCare.Web.Tests.Chat;

public sealed class ChatPageTests
{
    [Fact]
    public async Task ThePageCarriesTheCompanysBrandingEncodedAndLoadsWebChat()
    {
        await using var app = new BotCareApp();
        app.Settings["Chat:CompanyName"] = "Fabrikam <Home> & Garden";
        app.Settings["Chat:Title"] = "We're listening</title><script>alert(1)</script>";
        app.Settings["Chat:AccentColor"] = "#AA3300";
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Fabrikam &lt;Home&gt; &amp; Garden", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("\"accentColor\":\"#AA3300\"", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/lib/webchat.js\"></script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(BotCareApp.DirectLineSecret, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePageMayOnlyRunItsOwnScriptsAndBeFramedByAllowedSites()
    {
        await using var app = new BotCareApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/");

        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self' https://www.example.com", policy, StringComparison.Ordinal);
        Assert.Contains("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/lib/webchat.js", "renderWebChat")]
    [InlineData("/chat.js", "createDirectLine")]
    [InlineData("/embed.js", "iframe")]
    public async Task ServesWebChatThePageScriptAndTheEmbedSnippet(string path, string expected)
    {
        await using var app = new BotCareApp();
        using var client = app.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadBrandingStopsTheAppAtStartWithTheSettingNamed()
    {
        await using var app = new BotCareApp();
        app.Settings["Chat:AccentColor"] = "red; background: url(https://evil.example)";

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("AccentColor", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PageTokensAreRateLimitedPerAddress()
    {
        await using var app = new BotCareApp();
        app.Settings["Chat:TokensPerMinutePerAddress"] = "3";
        using var client = app.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var response = await client.PostAsync("/api/directline/token", null);
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }
}
