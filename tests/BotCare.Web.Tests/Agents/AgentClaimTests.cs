using System.Net;
using System.Net.Http.Json;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Agents;

public sealed class AgentClaimTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();
    private readonly CustomersWaiting _customers;
    private readonly Dictionary<string, string> _conversations = [];

    public AgentClaimTests()
    {
        _customers = new CustomersWaiting(_app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TwoAgentsClaimingOneChatAtOnceGetExactlyOneWinner()
    {
        using var ana = await OnlineAgentAsync("ana");
        using var ben = await OnlineAgentAsync("ben");
        await WaitingAsync("chat-1");

        var answers = await Task.WhenAll(ana.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null), ben.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
        var entry = await Queue.GetAsync(Id("chat-1"));
        Assert.Equal(QueueStatus.Assigned, entry!.Status);
        var winner = answers[0].StatusCode == HttpStatusCode.OK ? "ana" : "ben";
        Assert.Equal(winner, entry.AgentId);
        Assert.Contains("Someone else took this chat.", await answers.Single(a => a.StatusCode == HttpStatusCode.Conflict).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClaimWithoutTheAntiforgeryTokenChangesNothing()
    {
        using var ana = await OnlineAgentAsync("ana");
        ana.DefaultRequestHeaders.Remove(AgentAuthentication.AntiforgeryHeader);
        await WaitingAsync("chat-1");

        using var forged = await ana.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(QueueStatus.Waiting, (await Queue.GetAsync(Id("chat-1")))!.Status);
    }

    [Fact]
    public async Task AnAgentOfflineWithoutTheSkillOrAtCapacityCannotClaim()
    {
        await Accounts.CreateAsync("cleo", "Cleo", AgentRole.Agent, Password, ["billing"]);
        using var cleo = await AgentBrowser.SignedInApiAsync(_app, "cleo", Password);
        await WaitingAsync("billing-1", "billing");
        await WaitingAsync("billing-2", "billing");
        await WaitingAsync("delivery-1", "delivery");

        Assert.Contains("online", await RefusedAsync(cleo, Id("billing-1")), StringComparison.Ordinal);
        using var away = await cleo.PostAsJsonAsync("/api/agent/presence", new { presence = "away" });
        Assert.Equal(HttpStatusCode.OK, away.StatusCode);
        Assert.Contains("online", await RefusedAsync(cleo, Id("billing-1")), StringComparison.Ordinal);

        using var online = await cleo.PostAsJsonAsync("/api/agent/presence", new { presence = "online" });
        Assert.Equal(HttpStatusCode.OK, online.StatusCode);
        Assert.Contains("'delivery' skill", await RefusedAsync(cleo, Id("delivery-1")), StringComparison.Ordinal);

        var account = (await Directory.FindAsync("cleo"))!;
        account.Capacity = 1;
        await Directory.SaveAsync(account);
        using var first = await cleo.PostAsync($"/api/agent/conversations/{Id("billing-1")}/claim", null);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Contains("capacity", await RefusedAsync(cleo, Id("billing-2")), StringComparison.Ordinal);
        Assert.Equal(QueueStatus.Waiting, (await Queue.GetAsync(Id("billing-2")))!.Status);
    }

    [Theory]
    [InlineData("""{"presence":"busy"}""")]
    [InlineData("""{"presence":"7"}""")]
    [InlineData("""{"presence":"1"}""")]
    [InlineData("""{"presence":"online, away"}""")]
    [InlineData("""{"presence":""")]
    public async Task ABadPresenceIsA400(string body)
    {
        await Accounts.CreateAsync("ana", "Ana", AgentRole.Agent, Password);
        using var ana = await AgentBrowser.SignedInApiAsync(_app, "ana", Password);

        using var response = await ana.PostAsync("/api/agent/presence", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(AgentPresence.Offline, (await Directory.FindAsync("ana"))!.Presence);
    }

    [Fact]
    public async Task TwoClaimsAtOnceByOneAgentNeverOverfillTheirCapacity()
    {
        using var ana = await OnlineAgentAsync("ana");
        await Directory.UpdateAsync("ana", a => a.Capacity = 1);
        await WaitingAsync("chat-1");
        await WaitingAsync("chat-2");

        await Task.WhenAll(ana.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null), ana.PostAsync($"/api/agent/conversations/{Id("chat-2")}/claim", null));

        Assert.True(await Queue.CountAssignedAsync("ana") <= 1);
    }

    [Fact]
    public async Task ClaimingAChatAgainIsAnsweredAsTheSameSuccessAndATakenChatIs409WhateverTheClaimantsState()
    {
        using var ana = await OnlineAgentAsync("ana");
        await Accounts.CreateAsync("ben", "Ben", AgentRole.Agent, Password, ["billing"]);
        using var offlineBen = await AgentBrowser.SignedInApiAsync(_app, "ben", Password);
        await WaitingAsync("chat-1");

        using var first = await ana.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null);
        using var again = await ana.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null);
        using var other = await offlineBen.PostAsync($"/api/agent/conversations/{Id("chat-1")}/claim", null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Conflict), (first.StatusCode, again.StatusCode, other.StatusCode));
        Assert.Equal(await first.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ClaimingAChatThatIsNotInTheQueueIsA404()
    {
        using var ana = await OnlineAgentAsync("ana");

        using var response = await ana.PostAsync("/api/agent/conversations/nowhere/claim", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private IEscalationQueue Queue => _app.Services.GetRequiredService<IEscalationQueue>();

    private AgentAccounts Accounts => _app.Services.GetRequiredService<AgentAccounts>();

    private AgentDirectory Directory => _app.Services.GetRequiredService<AgentDirectory>();

    private async Task<HttpClient> OnlineAgentAsync(string id)
    {
        await Accounts.CreateAsync(id, id, AgentRole.Agent, Password);
        await Directory.SetPresenceAsync(id, AgentPresence.Online);
        return await AgentBrowser.SignedInApiAsync(_app, id, Password);
    }

    /// <summary>A customer waiting for <paramref name="skill"/>, known to the test as <paramref name="name"/>.</summary>
    private async Task WaitingAsync(string name, string skill = "service") =>
        _conversations[name] = (await _customers.WaitingAsync(skill)).ConversationId!;

    private string Id(string name) => _conversations[name];

    private static async Task<string> RefusedAsync(HttpClient client, string conversationId)
    {
        using var response = await client.PostAsync($"/api/agent/conversations/{conversationId}/claim", null);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
