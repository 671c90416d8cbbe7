using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Agents;

public sealed class AgentAccountEndpointTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AnAdminAddsAnAgentWhoCanThenSignInWithTheirOwnSkillsAndLimits()
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var created = await admin.PostAsJsonAsync("/api/agent/accounts", new { id = "Dana", displayName = "Dana Reyes", role = "agent", skills = new[] { "billing" }, capacity = 4, approvalLimit = 150, password = "another long passphrase" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadAsStringAsync();
        Assert.DoesNotContain("passwordHash", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("another long passphrase", body, StringComparison.Ordinal);
        var dana = (await Directory.FindAsync("dana"))!;
        Assert.Equal(("Dana Reyes", AgentRole.Agent, 4, 150m), (dana.DisplayName, dana.Role, dana.Capacity, dana.ApprovalLimit));
        Assert.Equal(["billing"], dana.Skills);
        using var signedIn = await AgentBrowser.SignedInApiAsync(_app, "dana", "another long passphrase");
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/api/agent/accounts", new { id = "dana", password = "yet another passphrase" })).StatusCode);
    }

    [Theory]
    [InlineData("""{"id":"x y","password":"long enough password"}""", "sign-in name")]
    [InlineData("""{"id":"eve","password":"short"}""", "at least 12")]
    [InlineData("""{"id":"eve","password":"long enough password","role":"owner"}""", "role must be")]
    [InlineData("""{"id":"eve","password":"long enough password","role":"2"}""", "role must be")]
    [InlineData("""{"id":"eve","password":"long enough password","skills":["cooking"]}""", "Unknown skills: cooking")]
    [InlineData("""{"id":"eve","password":"long enough password","capacity":0}""", "capacity is 1 to 20")]
    [InlineData("""{"id":"eve",""", "not valid JSON")]
    public async Task ABadNewAccountIsA400ThatSaysWhyAndAddsNothing(string body, string reason)
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var response = await admin.PostAsync("/api/agent/accounts", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await Directory.FindAsync("eve"));
    }

    [Fact]
    public async Task OnlyAdminsManageAccounts()
    {
        using var supervisor = await SignedInAsync("sue", AgentRole.Supervisor);
        using var stranger = AgentBrowser.Open(_app);

        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/api/agent/accounts")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync("/api/agent/accounts", new { id = "mallory", password = Password })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/agent/accounts")).StatusCode);
        Assert.Null(await Directory.FindAsync("mallory"));
    }

    [Fact]
    public async Task AChangeAppliesOnlyTheGivenFieldsAndANewPasswordWorksAtOnce()
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);
        await Accounts.CreateAsync("ana", "Ana", AgentRole.Agent, Password, ["service"]);

        using var changed = await admin.PatchAsJsonAsync("/api/agent/accounts/ana", new { skills = new[] { "service", "Delivery" }, password = "a brand new passphrase" });
        using var refused = await admin.PatchAsJsonAsync("/api/agent/accounts/ana", new { capacity = 99, displayName = "Should not stick" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var ana = (await Directory.FindAsync("ana"))!;
        Assert.Equal(["service", "delivery"], ana.Skills);
        Assert.Equal(("Ana", AgentRole.Agent), (ana.DisplayName, ana.Role));
        Assert.Null(await Accounts.SignInAsync("ana", Password));
        Assert.NotNull(await Accounts.SignInAsync("ana", "a brand new passphrase"));
    }

    [Fact]
    public async Task TheLastAdminCanNeitherBeRemovedNorDemotedAndNobodyRemovesThemselves()
    {
        using var root = await SignedInAsync("root", AgentRole.Admin);
        using var other = await SignedInAsync("ops", AgentRole.Admin);

        Assert.Equal(HttpStatusCode.Conflict, (await root.DeleteAsync("/api/agent/accounts/root")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await root.DeleteAsync("/api/agent/accounts/ops")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await root.PatchAsJsonAsync("/api/agent/accounts/root", new { role = "agent" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await root.DeleteAsync("/api/agent/accounts/ops")).StatusCode);
        Assert.Equal(AgentRole.Admin, (await Directory.FindAsync("root"))!.Role);
        Assert.Equal(HttpStatusCode.Unauthorized, (await other.GetAsync("/api/agent/me")).StatusCode);
    }

    [Fact]
    public async Task TheListNeverShowsPasswordHashes()
    {
        using var admin = await SignedInAsync("root", AgentRole.Admin);

        using var list = JsonDocument.Parse(await admin.GetStringAsync("/api/agent/accounts"));

        var root = Assert.Single(list.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal(("root", "admin"), (root.GetProperty("id").GetString(), root.GetProperty("role").GetString()));
        Assert.False(root.TryGetProperty("passwordHash", out _));
    }

    private AgentAccounts Accounts => _app.Services.GetRequiredService<AgentAccounts>();

    private AgentDirectory Directory => _app.Services.GetRequiredService<AgentDirectory>();

    private async Task<HttpClient> SignedInAsync(string id, AgentRole role)
    {
        await Accounts.CreateAsync(id, id, role, Password);
        return await AgentBrowser.SignedInApiAsync(_app, id, Password);
    }
}
