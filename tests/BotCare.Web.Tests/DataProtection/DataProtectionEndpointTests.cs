using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotCare.Cases;

namespace BotCare.Web.Tests.DataProtection;

public sealed class DataProtectionEndpointTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData("GET", "/api/admin/erasure")]
    [InlineData("POST", "/api/admin/erasure")]
    [InlineData("GET", "/api/admin/retention")]
    [InlineData("POST", "/api/admin/retention/run")]
    public async Task OnlyAdminsReachTheDataProtectionApi(string method, string path)
    {
        using var stranger = AgentBrowser.Open(_app);
        using var agent = await SignedInAsync("ana", AgentRole.Agent);
        using var supervisor = await SignedInAsync("sue", AgentRole.Supervisor);
        using var admin = await SignedInAsync("root", AgentRole.Admin);
        Task<HttpResponseMessage> Send(HttpClient client) => method == "GET"
            ? client.GetAsync(path)
            : client.PostAsJsonAsync(path, new { customerId = "dl_someone" });

        Assert.Equal(HttpStatusCode.Unauthorized, (await Send(stranger)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(agent)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Send(supervisor)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Send(admin)).StatusCode);
    }

    [Fact]
    public async Task ThePageIsForAdminsAndTheConsoleLinksToItOnlyForThem()
    {
        using var stranger = AgentBrowser.Open(_app);
        using var supervisor = await SignedInAsync("sue", AgentRole.Supervisor);
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var anonymous = await stranger.GetAsync(DataProtectionEndpoints.PagePath);
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(AgentAuthentication.SignInPath, anonymous.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync(DataProtectionEndpoints.PagePath)).StatusCode);
        using var page = await admin.GetAsync(DataProtectionEndpoints.PagePath);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(DataProtectionPage.Script, await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("require-trusted-types-for 'script'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains($"href=\"{DataProtectionEndpoints.PagePath}\"", await admin.GetStringAsync("/agent"), StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"{DataProtectionEndpoints.PagePath}\"", await supervisor.GetStringAsync("/agent"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{}", "give one of customerId, conversationId or orderNumber")]
    [InlineData("""{"customerId":"   "}""", "give one of customerId, conversationId or orderNumber")]
    [InlineData("""{"customerId":"a","orderNumber":"1"}""", "Give only one")]
    [InlineData("""{"customerId":5}""", "not valid JSON")]
    [InlineData("""{"customerId":""", "not valid JSON")]
    [InlineData("null", "The body is empty")]
    public async Task AnErasureThatDoesNotSayWhomIsA400ThatSaysWhyAndErasesNothing(string body, string reason)
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var response = await admin.PostAsync("/api/admin/erasure", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var listed = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/erasure"));
        Assert.Equal(0, listed.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task AnErasurePostedWithoutTheAntiforgeryTokenIsRefusedAndErasesNothing()
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);
        await _app.Services.GetRequiredService<ICaseStore>().SaveAsync(new Case { Id = "kept", ConversationId = "c1", Customer = new CustomerRef { Id = "u1" } });
        admin.DefaultRequestHeaders.Remove(AgentAuthentication.AntiforgeryHeader);

        using var response = await admin.PostAsJsonAsync("/api/admin/erasure", new { customerId = "u1" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("antiforgery", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(await _app.Services.GetRequiredService<ICaseStore>().GetAsync("kept"));
    }

    [Fact]
    public async Task AnErasureThatFindsNothingSaysSoAndIsStillKeptAsAReport()
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var response = await admin.PostAsJsonAsync("/api/admin/erasure", new { customerId = "dl_nobody-we-know" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(report.RootElement.GetProperty("nothingFound").GetBoolean());
        Assert.Equal(0, report.RootElement.GetProperty("totalRemoved").GetInt32());
        Assert.DoesNotContain("nobody-we-know", report.RootElement.GetRawText(), StringComparison.Ordinal);
        var id = report.RootElement.GetProperty("id").GetString();
        using var kept = JsonDocument.Parse(await admin.GetStringAsync($"/api/admin/erasure/{id}"));
        Assert.Equal(report.RootElement.GetProperty("subject").GetString(), kept.RootElement.GetProperty("subject").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/admin/erasure/erasure-unknown")).StatusCode);
    }

    [Fact]
    public async Task RetentionShowsItsSettingAndAnAdminRunReportsWhatItDid()
    {
        _app.Settings["DataProtection:RetainClosedConversationsDays"] = "30";
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var before = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/retention"));
        using var run = await admin.PostAsync("/api/admin/retention/run", null);
        using var after = JsonDocument.Parse(await admin.GetStringAsync("/api/admin/retention"));

        Assert.Equal(30, before.RootElement.GetProperty("retainClosedConversationsDays").GetInt32());
        Assert.False(before.RootElement.TryGetProperty("lastRun", out var none) && none.ValueKind != JsonValueKind.Null);
        Assert.Equal(HttpStatusCode.OK, run.StatusCode);
        var last = after.RootElement.GetProperty("lastRun");
        Assert.Equal("root", last.GetProperty("trigger").GetString());
        Assert.True(last.GetProperty("enabled").GetBoolean());
    }

    private async Task<HttpClient> SignedInAsync(string id, AgentRole role)
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync(id, id, role, Password);
        return await AgentBrowser.SignedInApiAsync(_app, id, Password);
    }
}
