using System.Net;
using System.Text.Json;
using BotCare.Cases;
using Microsoft.AspNetCore.WebUtilities;

namespace BotCare.Web.Tests.Agents;

/// <summary>Signing in with the company's identity provider, end to end against a local provider.</summary>
public sealed class AgentOpenIdConnectTests : IAsyncLifetime
{
    private readonly BotCareApp _app = new();
    private LocalIdentityProvider _provider = null!;

    public async ValueTask InitializeAsync()
    {
        _provider = await LocalIdentityProvider.StartAsync();
        _app.Settings["Agents:OpenIdConnect:Authority"] = _provider.Authority;
        _app.Settings["Agents:OpenIdConnect:ClientId"] = LocalIdentityProvider.ClientId;
        _app.Settings["Agents:OpenIdConnect:ClientSecret"] = LocalIdentityProvider.ClientSecret;
        _app.Settings["Agents:OpenIdConnect:DisplayName"] = "Contoso ID";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task SomeoneWithAnAgentAccountSignsInWithTheProviderAndGetsThatAccountsRole()
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync("dana@contoso.com", "Dana Reyes", AgentRole.Supervisor, "unused local passphrase");
        _provider.User["preferred_username"] = "Dana@Contoso.com";
        using var browser = AgentBrowser.Open(_app);

        Assert.Contains("Sign in with Contoso ID", await browser.GetStringAsync(AgentAuthentication.SignInPath), StringComparison.Ordinal);
        using var landed = await SignInThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.Equal("/agent", landed.Headers.Location!.OriginalString);
        using var me = JsonDocument.Parse(await browser.GetStringAsync("/api/agent/me"));
        Assert.Equal(("dana@contoso.com", "Supervisor"), (me.RootElement.GetProperty("id").GetString(), me.RootElement.GetProperty("role").GetString()));
        Assert.Equal(1, _provider.TokenRequests);
    }

    [Fact]
    public async Task SomeoneTheProviderKnowsButBotCareDoesNotIsTurnedAwayWithAReason()
    {
        _provider.User["preferred_username"] = "stranger@contoso.com";
        using var browser = AgentBrowser.Open(_app);

        using var landed = await SignInThroughProviderAsync(browser);

        Assert.Equal(HttpStatusCode.Redirect, landed.StatusCode);
        Assert.StartsWith(AgentAuthentication.SignInPath, landed.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("ask an admin", await browser.GetStringAsync(landed.Headers.Location.OriginalString), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/agent/me")).StatusCode);
    }

    [Fact]
    public async Task TheProviderIsAskedForACodeWithPkce()
    {
        using var browser = AgentBrowser.Open(_app);

        using var challenge = await browser.GetAsync(AgentOpenIdConnect.StartPath);

        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var location = challenge.Headers.Location!;
        Assert.StartsWith($"{_provider.Authority}/authorize", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(("code", LocalIdentityProvider.ClientId, "S256"), (query["response_type"].ToString(), query["client_id"].ToString(), query["code_challenge_method"].ToString()));
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.DoesNotContain(LocalIdentityProvider.ClientSecret, location.ToString(), StringComparison.Ordinal);
    }

    /// <summary>What a browser does: to the provider (which signs the person in at once), and back with the code.</summary>
    private async Task<HttpResponseMessage> SignInThroughProviderAsync(HttpClient browser)
    {
        using var challenge = await browser.GetAsync(AgentOpenIdConnect.StartPath);
        var query = QueryHelpers.ParseQuery(challenge.Headers.Location!.Query);
        _provider.Nonce = query["nonce"].ToString();
        var callback = new Uri(query["redirect_uri"].ToString()).PathAndQuery;
        return await browser.PostAsync(callback, AgentBrowser.Form(("code", "code-123"), ("state", query["state"].ToString())));
    }
}
