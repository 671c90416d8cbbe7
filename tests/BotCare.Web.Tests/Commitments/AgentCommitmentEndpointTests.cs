using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Commitments;

/// <summary>Agents add promises to the chat they hold, see them in the ledger and the chat, and complete each once.</summary>
public sealed class AgentCommitmentEndpointTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();
    private readonly CustomersWaiting _customers;

    public AgentCommitmentEndpointTests()
    {
        _customers = new CustomersWaiting(_app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private ICommitmentStore Ledger => _app.Services.GetRequiredService<ICommitmentStore>();

    [Fact]
    public async Task NobodyReadsOrChangesTheLedgerWithoutSigningIn()
    {
        using var anonymous = AgentBrowser.Open(_app);

        using var list = await anonymous.GetAsync("/api/agent/commitments");
        using var add = await anonymous.PostAsJsonAsync("/api/agent/conversations/c-1/commitments", new { what = "x", dueAt = DateTimeOffset.UtcNow.AddHours(1) });
        using var complete = await anonymous.PostAsJsonAsync("/api/agent/commitments/x/complete", new { status = "kept" });

        Assert.Equal(new[] { HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized }, new[] { list.StatusCode, add.StatusCode, complete.StatusCode });
    }

    [Fact]
    public async Task AnAgentsPromiseInTheirChatGoesOnItsCaseInTheLedgerAndInTheChatView()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var id = await ClaimedChatAsync(ana);
        var due = DateTimeOffset.UtcNow.AddDays(1);

        using var added = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/commitments", new { what = "I'll call the courier and email you by tomorrow", dueAt = due });

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var commitmentId = (await JsonAsync(added)).RootElement.GetProperty("id").GetString()!;
        var stored = (await Ledger.GetAsync(commitmentId))!;
        Assert.Equal(("ana", CommitmentKind.Promise, CommitmentStatus.Open, $"case-{id}", id), (stored.Owner, stored.Kind, stored.Status, stored.CaseId, stored.ConversationId));
        Assert.Equal(due.ToUnixTimeSeconds(), stored.DueAt.ToUnixTimeSeconds());
        Assert.Contains(id, stored.ConversationReferenceJson, StringComparison.Ordinal);

        using var mine = JsonDocument.Parse(await ana.GetStringAsync("/api/agent/commitments?owner=me"));
        var listed = Assert.Single(mine.RootElement.GetProperty("items").EnumerateArray());
        Assert.Equal((commitmentId, "I'll call the courier and email you by tomorrow", "open"), (listed.GetProperty("id").GetString(), listed.GetProperty("what").GetString(), listed.GetProperty("status").GetString()));
        Assert.False(listed.TryGetProperty("conversationReferenceJson", out _));

        using var view = JsonDocument.Parse(await ana.GetStringAsync($"/api/agent/conversations/{id}"));
        Assert.Equal(commitmentId, Assert.Single(view.RootElement.GetProperty("commitments").EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task APromiseIsCompletedOnceThenAConflictAndAnUnknownOneIsNotFound()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var id = await ClaimedChatAsync(ana);
        var commitmentId = await AddAsync(ana, id, "Refund reaches you by Friday");

        using var kept = await ana.PostAsJsonAsync($"/api/agent/commitments/{commitmentId}/complete", new { status = "kept", note = "Bank confirmed" });
        using var again = await ana.PostAsJsonAsync($"/api/agent/commitments/{commitmentId}/complete", new { status = "broken" });
        using var unknown = await ana.PostAsJsonAsync("/api/agent/commitments/no-such-promise/complete", new { status = "kept" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.Conflict, HttpStatusCode.NotFound), (kept.StatusCode, again.StatusCode, unknown.StatusCode));
        Assert.Contains("kept by ana", await ProblemAsync(again), StringComparison.Ordinal);
        var stored = (await Ledger.GetAsync(commitmentId))!;
        Assert.Equal((CommitmentStatus.Kept, "ana", "Bank confirmed"), (stored.Status, stored.CompletedBy, stored.CompletionNote));
        using var open = JsonDocument.Parse(await ana.GetStringAsync("/api/agent/commitments"));
        Assert.Empty(open.RootElement.GetProperty("items").EnumerateArray());
        using var keptOnes = JsonDocument.Parse(await ana.GetStringAsync("/api/agent/commitments?status=kept"));
        Assert.Equal(commitmentId, Assert.Single(keptOnes.RootElement.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{not json", "not valid JSON")]
    [InlineData("""{"dueAt":"2099-01-01T10:00:00Z"}""", "what is required")]
    [InlineData("""{"what":"Call back","dueAt":"tomorrow"}""", "not valid JSON")]
    [InlineData("""{"what":"Call back"}""", "dueAt is required")]
    [InlineData("""{"what":"Call back","dueAt":"2020-01-01T10:00:00Z"}""", "in the past")]
    [InlineData("""{"what":"Call back","dueAt":"2099-01-01T10:00:00Z"}""", "more than a year")]
    [InlineData("""{"what":"Call back","dueAt":"NEXT","owner":"nobody-here"}""", "no agent 'nobody-here'")]
    [InlineData("""{"what":"Call back","dueAt":"NEXT","kind":"followUp"}""", "kind must be promise or callback")]
    public async Task ABadPromiseIsRefusedWithTheReason(string body, string reason)
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var id = await ClaimedChatAsync(ana);
        var json = body.Replace("NEXT", DateTimeOffset.UtcNow.AddHours(4).ToString("O"), StringComparison.Ordinal);

        using var response = await ana.PostAsync($"/api/agent/conversations/{id}/commitments", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await ProblemAsync(response), StringComparison.Ordinal);
        Assert.Empty(await Ledger.ListAsync(new CommitmentQuery()));
    }

    [Fact]
    public async Task OnlyTheAgentHoldingTheChatOrASupervisorAddsAPromiseAndOnlyWithTheAntiforgeryToken()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        using var ben = await OnlineAgentAsync("ben", "Ben");
        using var sue = await OnlineAgentAsync("sue", "Sue", AgentRole.Supervisor);
        var id = await ClaimedChatAsync(ana);
        var body = new { what = "We'll call you at 3 pm", dueAt = DateTimeOffset.UtcNow.AddHours(3), kind = "callback", owner = "team" };

        using var byBen = await ben.PostAsJsonAsync($"/api/agent/conversations/{id}/commitments", body);
        using var bySue = await sue.PostAsJsonAsync($"/api/agent/conversations/{id}/commitments", body);
        using var forged = AgentBrowser.Open(_app);
        await AgentBrowser.SignInAsync(forged, "ana", Password);
        using var withoutToken = await forged.PostAsJsonAsync($"/api/agent/conversations/{id}/commitments", body);

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Created, HttpStatusCode.BadRequest), (byBen.StatusCode, bySue.StatusCode, withoutToken.StatusCode));
        Assert.Contains("antiforgery", await ProblemAsync(withoutToken), StringComparison.Ordinal);
        var stored = Assert.Single(await Ledger.ListAsync(new CommitmentQuery()));
        Assert.Equal((CommitmentKind.Callback, "customer care team"), (stored.Kind, stored.Owner));
    }

    [Fact]
    public async Task TheLedgerViewFiltersByDueTimeAndOwner()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var now = DateTimeOffset.UtcNow;
        await Ledger.AddAsync(Seeded("overdue", "ana", now.AddMinutes(-30)));
        await Ledger.AddAsync(Seeded("soon", "customer care team", now.AddMinutes(45)));
        await Ledger.AddAsync(Seeded("later", "ana", now.AddDays(2)));
        await Ledger.AddAsync(Seeded("bens", "ben", now.AddMinutes(10)));

        Assert.Equal(new[] { "overdue" }, await IdsAsync(ana, "?due=overdue"));
        Assert.Equal(new[] { "bens", "soon" }, await IdsAsync(ana, "?due=soon"));
        Assert.Equal(new[] { "overdue", "soon", "later" }, await IdsAsync(ana, "?owner=me"));
        Assert.Equal(new[] { "bens" }, await IdsAsync(ana, "?owner=ben"));
        Assert.Equal(new[] { "overdue", "bens", "soon", "later" }, await IdsAsync(ana, "?due=all&owner=all"));
        using var bad = await ana.GetAsync("/api/agent/commitments?due=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("due must be soon, overdue or all", await ProblemAsync(bad), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAgentCannotCompleteAnotherAgentsPromiseButASupervisorCan()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        using var sue = await OnlineAgentAsync("sue", "Sue", AgentRole.Supervisor);
        await Ledger.AddAsync(Seeded("bens", "ben", DateTimeOffset.UtcNow.AddHours(1)));

        using var byAna = await ana.PostAsJsonAsync("/api/agent/commitments/bens/complete", new { status = "broken" });
        using var bySue = await sue.PostAsJsonAsync("/api/agent/commitments/bens/complete", new { status = "cancelled" });
        using var badStatus = await sue.PostAsJsonAsync("/api/agent/commitments/bens/complete", new { status = "open" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK, HttpStatusCode.BadRequest), (byAna.StatusCode, bySue.StatusCode, badStatus.StatusCode));
        Assert.Equal((CommitmentStatus.Cancelled, "sue"), ((await Ledger.GetAsync("bens"))!.Status, (await Ledger.GetAsync("bens"))!.CompletedBy));
    }

    private async Task<HttpClient> OnlineAgentAsync(string id, string name, AgentRole role = AgentRole.Agent)
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync(id, name, role, Password, ["service"]);
        await _app.Services.GetRequiredService<AgentDirectory>().SetPresenceAsync(id, AgentPresence.Online);
        return await AgentBrowser.SignedInApiAsync(_app, id, Password);
    }

    private async Task<string> ClaimedChatAsync(HttpClient agent)
    {
        var id = (await _customers.WaitingAsync()).ConversationId!;
        using var claimed = await agent.PostAsync($"/api/agent/conversations/{id}/claim", null);
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        return id;
    }

    private static async Task<string> AddAsync(HttpClient agent, string conversationId, string what)
    {
        using var added = await agent.PostAsJsonAsync($"/api/agent/conversations/{conversationId}/commitments", new { what, dueAt = DateTimeOffset.UtcNow.AddHours(6) });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return (await JsonAsync(added)).RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<string[]> IdsAsync(HttpClient agent, string query)
    {
        using var json = JsonDocument.Parse(await agent.GetStringAsync("/api/agent/commitments" + query));
        return json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToArray();
    }

    private static Commitment Seeded(string id, string owner, DateTimeOffset due) =>
        new() { Id = id, What = $"promise {id}", DueAt = due, Owner = owner, CreatedAt = due.AddDays(-1), CaseId = $"case-{id}", ConversationId = $"conv-{id}" };

    private static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync());

    private static async Task<string> ProblemAsync(HttpResponseMessage response)
    {
        using var json = await JsonAsync(response);
        return json.RootElement.GetProperty("detail").GetString() ?? string.Empty;
    }
}
