using System.Net;
using System.Text.Json;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Agents;

public sealed class AgentQueueEndpointTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private readonly BotCareApp _app = new();

    public AgentQueueEndpointTests()
    {
        _app.Settings["Agents:FirstAdmin:Id"] = "olga";
        _app.Settings["Agents:FirstAdmin:Password"] = Password;
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AnAgentSeesTheChatsWaitingForTheirSkillsAndTheirOwnWhileAnAdminSeesEveryOpenChat()
    {
        using var client = AgentBrowser.Open(_app);
        var accounts = _app.Services.GetRequiredService<AgentAccounts>();
        await accounts.CreateAsync("ana", "Ana", AgentRole.Agent, Password, ["billing"]);
        var queue = _app.Services.GetRequiredService<IEscalationQueue>();
        await queue.EnqueueAsync(Entry("billing-first", "billing", rank: 10, """{"caseId":"c1","issues":["<b>charged twice</b>"]}"""));
        await queue.EnqueueAsync(Entry("billing-second", "billing", rank: 5));
        await queue.EnqueueAsync(Entry("delivery", "delivery", rank: 50));
        await queue.EnqueueAsync(Entry("held-by-ben", "billing", rank: 1));
        await queue.TryAssignAsync("held-by-ben", "ben", T0.AddMinutes(3));

        await AgentBrowser.SignInAsync(client, "ana", Password);
        var ana = await ItemsAsync(client);
        Assert.Equal([("billing-first", 1), ("billing-second", 2)], ana.Select(i => (i.GetProperty("conversationId").GetString(), i.GetProperty("position").GetInt32())));
        Assert.Equal("<b>charged twice</b>", ana[0].GetProperty("brief").GetProperty("issues")[0].GetString());

        using var admin = AgentBrowser.Open(_app);
        await AgentBrowser.SignInAsync(admin, "olga", Password);
        var all = await ItemsAsync(admin);
        Assert.Equal(["delivery", "billing-first", "billing-second", "held-by-ben"], all.Select(i => i.GetProperty("conversationId").GetString()));
        var held = all[3];
        Assert.Equal(("assigned", "ben", 180), (held.GetProperty("status").GetString(), held.GetProperty("agentId").GetString(), held.GetProperty("waitedSeconds").GetInt32()));
        Assert.False(held.TryGetProperty("position", out _), "a held chat has no place in the queue");
    }

    [Fact]
    public async Task AnEntryWhoseBriefCannotBeReadStillListsWithAnEmptyBrief()
    {
        using var admin = AgentBrowser.Open(_app);
        await _app.Services.GetRequiredService<IEscalationQueue>().EnqueueAsync(Entry("damaged", "service", rank: 1, "{not json"));
        await AgentBrowser.SignInAsync(admin, "olga", Password);

        var item = Assert.Single(await ItemsAsync(admin));

        Assert.Equal("damaged", item.GetProperty("conversationId").GetString());
        Assert.Empty(item.GetProperty("brief").EnumerateObject());
    }

    [Fact]
    public async Task ADemotedSupervisorLosesTheWholeQueueAtOnceAndARemovedOneIsSignedOut()
    {
        var accounts = _app.Services.GetRequiredService<AgentAccounts>();
        var directory = _app.Services.GetRequiredService<AgentDirectory>();
        await accounts.CreateAsync("sam", "Sam", AgentRole.Supervisor, Password, ["billing"]);
        var queue = _app.Services.GetRequiredService<IEscalationQueue>();
        await queue.EnqueueAsync(Entry("billing", "billing", rank: 1));
        await queue.EnqueueAsync(Entry("delivery", "delivery", rank: 2));
        using var sam = AgentBrowser.Open(_app);
        await AgentBrowser.SignInAsync(sam, "sam", Password);
        Assert.Equal(2, (await ItemsAsync(sam)).Count);

        await directory.UpdateAsync("sam", a => a.Role = AgentRole.Agent);
        Assert.Equal(["billing"], (await ItemsAsync(sam)).Select(i => i.GetProperty("conversationId").GetString()));

        await directory.RemoveAsync("sam");
        using var removed = await sam.GetAsync("/api/agent/queue");
        Assert.Equal(HttpStatusCode.Unauthorized, removed.StatusCode);
    }

    [Fact]
    public async Task TheQueueIsClosedToAnyoneNotSignedIn()
    {
        using var client = AgentBrowser.Open(_app);

        using var response = await client.GetAsync("/api/agent/queue");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/api/agent/queue");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static QueueEntry Entry(string conversationId, string skill, double rank, string brief = """{"caseId":"c"}""") => new()
    {
        ConversationId = conversationId,
        ChannelId = "directline",
        CaseId = "case-" + conversationId,
        Skill = skill,
        Rank = rank,
        EnqueuedAt = T0,
        BriefJson = brief,
    };
}
