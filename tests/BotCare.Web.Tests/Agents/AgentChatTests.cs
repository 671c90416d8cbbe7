using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Agents;

/// <summary>A chat from the queue to the agent and back to the bot, through the agent API, with the customer on Direct Line.</summary>
public sealed class AgentChatTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();
    private readonly CustomersWaiting _customers;

    public AgentChatTests()
    {
        _customers = new CustomersWaiting(_app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheAgentTakesOverRepliesAndHandsBackWhileTheBotStaysQuietUntilThen()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;

        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsync($"/api/agent/conversations/{id}/claim", null)).StatusCode);
        await _customers.HeardAsync(customer, HandoffResponses.AgentJoined("Ana"));

        await _customers.SayAsync(customer, "are you a real person?");
        using (var sent = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/messages", new { text = "Yes, I'm Ana. I'll sort the plates out." }))
        {
            Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        }

        var heard = await _customers.HeardAsync(customer, "Ana: Yes, I'm Ana. I'll sort the plates out.");
        Assert.DoesNotContain(heard, h => h.StartsWith("bot heard", StringComparison.Ordinal));

        using var view = await ViewAsync(ana, id);
        var root = view.RootElement;
        Assert.Equal("agent", root.GetProperty("owner").GetString());
        Assert.Equal("ana", root.GetProperty("agentId").GetString());
        Assert.Equal("Product: the plates arrived broken", root.GetProperty("brief").GetProperty("issues")[0].GetString());
        var lines = root.GetProperty("transcript").EnumerateArray().Select(t => (t.GetProperty("kind").GetString(), t.GetProperty("text").GetString())).ToList();
        Assert.Contains(("customer", "are you a real person?"), lines);
        Assert.Contains(("bot", "I'll get you to a person."), lines);
        Assert.Contains(("agent", "Ana: Yes, I'm Ana. I'll sort the plates out."), lines);
        Assert.Equal(250m, root.GetProperty("authority").GetProperty("approvalLimit").GetDecimal());
        Assert.True(root.GetProperty("policy").GetProperty("refundMax").GetDecimal() > 0);

        using (var back = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/handback", new { summary = "replacement ships today" }))
        {
            Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        }

        await _customers.HeardAsync(customer, "bot is back: replacement ships today");
        await _customers.SayAsync(customer, "thanks");
        await _customers.HeardAsync(customer, "bot heard: thanks");
        Assert.Equal(QueueStatus.Closed, (await Queue.GetAsync(id))!.Status);
        using var late = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/messages", new { text = "one more thing" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task TheQueueMessageFollowsTheBotsHandOverWordsInTimeAsWellAsInTheLog()
    {
        var customer = await _customers.WaitingAsync();

        // Web Chat orders by timestamp, so the log order alone is not what the customer sees.
        var replies = (await _customers.ActivitiesAsync(customer)).Where(a => a.Type == ActivityTypes.Message && a.From?.Role != RoleTypes.User).ToList();
        Assert.Equal(["I'll get you to a person.", "You're next in line"], replies.Select(r => r.Text![..Math.Min(r.Text!.Length, r.Text.StartsWith("You're", StringComparison.Ordinal) ? 19 : 200)]));
        Assert.True(replies[0].Timestamp <= replies[1].Timestamp, $"{replies[0].Timestamp:O} then {replies[1].Timestamp:O}");
    }

    [Fact]
    public async Task NotesReachColleaguesButNeverTheCustomer()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;
        await ana.PostAsync($"/api/agent/conversations/{id}/claim", null);
        await _customers.HeardAsync(customer, HandoffResponses.AgentJoined("Ana"));

        using var noted = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/notes", new { text = "<b>VIP</b>: be generous" });

        Assert.Equal(HttpStatusCode.OK, noted.StatusCode);
        using var view = await ViewAsync(ana, id);
        var note = view.RootElement.GetProperty("notes").EnumerateArray().Single();
        Assert.Equal(("note", "<b>VIP</b>: be generous", "Ana"), (note.GetProperty("kind").GetString(), note.GetProperty("text").GetString(), note.GetProperty("name").GetString()));
        Assert.DoesNotContain(await _customers.HeardAsync(customer), h => h.Contains("VIP", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ATransferPassesTheChatAndOnlyTheNewAgentReachesTheCustomer()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        using var ben = await OnlineAgentAsync("ben", "Ben");
        await Accounts.CreateAsync("cleo", "Cleo", AgentRole.Agent, Password, ["billing"]);
        await Directory.SetPresenceAsync("cleo", AgentPresence.Online);
        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;
        await ana.PostAsync($"/api/agent/conversations/{id}/claim", null);

        using (var refused = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/transfer", new { toAgentId = "cleo" }))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            Assert.Contains("'service' skill", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var moved = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/transfer", new { toAgentId = "ben" }))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        await _customers.HeardAsync(customer, HandoffResponses.Transferred("Ana", "Ben"));
        Assert.Equal("ben", (await Queue.GetAsync(id))!.AgentId);
        Assert.Equal(HttpStatusCode.Conflict, (await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/messages", new { text = "me again" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ben.PostAsJsonAsync($"/api/agent/conversations/{id}/messages", new { text = "Ben here." })).StatusCode);
        await _customers.HeardAsync(customer, "Ben: Ben here.");
    }

    [Fact]
    public async Task ClosingEndsTheChatWithItsOutcomeAndTheCustomerIsTold()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;
        await ana.PostAsync($"/api/agent/conversations/{id}/claim", null);

        using var closed = await ana.PostAsJsonAsync($"/api/agent/conversations/{id}/close", new { outcome = "resolved", text = "refund issued" });

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        await _customers.HeardAsync(customer, HandoffResponses.Closed("Ana"));
        Assert.Equal(QueueStatus.Closed, (await Queue.GetAsync(id))!.Status);
        var record = await _app.Services.GetRequiredService<AgentActions>().ReadAsync("directline", id);
        Assert.Equal((ConversationOwner.Closed, "resolved: refund issued"), (record.Ownership!.Owner, record.Ownership.Changes[^1].Why));
    }

    [Theory]
    [InlineData("messages", "{not json", "not valid JSON")]
    [InlineData("messages", "{}", "text is required")]
    [InlineData("messages", """{"text":"   "}""", "text is required")]
    [InlineData("messages", """{"text":5}""", "not valid JSON")]
    [InlineData("notes", "null", "body is empty")]
    [InlineData("close", """{"outcome":"whatever"}""", "outcome must be one of")]
    [InlineData("transfer", """{}""", "toAgentId")]
    public async Task ABadBodyIsA400ThatSaysWhyAndChangesNothing(string action, string body, string reason)
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;
        await ana.PostAsync($"/api/agent/conversations/{id}/claim", null);

        using var response = await ana.PostAsync($"/api/agent/conversations/{id}/{action}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(("ana", QueueStatus.Assigned), ((await Queue.GetAsync(id))!.AgentId, (await Queue.GetAsync(id))!.Status));
    }

    [Theory]
    [InlineData("messages")]
    [InlineData("notes")]
    [InlineData("handback")]
    [InlineData("transfer")]
    [InlineData("close")]
    public async Task NoActionWorksWithoutSignInOrWithoutTheAntiforgeryToken(string action)
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;
        await ana.PostAsync($"/api/agent/conversations/{id}/claim", null);
        using var stranger = AgentBrowser.Open(_app);
        ana.DefaultRequestHeaders.Remove(AgentAuthentication.AntiforgeryHeader);
        var body = JsonContent.Create(new { text = "hi", summary = "x", toAgentId = "ben", outcome = "resolved" });

        using var anonymous = await stranger.PostAsync($"/api/agent/conversations/{id}/{action}", body);
        using var forged = await ana.PostAsync($"/api/agent/conversations/{id}/{action}", body);
        using var anonymousView = await stranger.GetAsync($"/api/agent/conversations/{id}");

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymousView.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(("ana", QueueStatus.Assigned), ((await Queue.GetAsync(id))!.AgentId, (await Queue.GetAsync(id))!.Status));
        var heard = (await _customers.HeardAsync(customer)).Skip(1).ToList();
        Assert.Equal(2, heard.Count);
        Assert.StartsWith("You're next in line for a person.", heard[0], StringComparison.Ordinal);
        Assert.Equal(HandoffResponses.AgentJoined("Ana"), heard[1]);
    }

    [Fact]
    public async Task AnAgentSeesOnlyTheirOwnChatsAndThoseWaitingForTheirSkillsWhileASupervisorSeesAll()
    {
        await Accounts.CreateAsync("cleo", "Cleo", AgentRole.Agent, Password, ["billing"]);
        await Accounts.CreateAsync("sue", "Sue", AgentRole.Supervisor, Password);
        using var cleo = await AgentBrowser.SignedInApiAsync(_app, "cleo", Password);
        using var sue = await AgentBrowser.SignedInApiAsync(_app, "sue", Password);
        var delivery = (await _customers.WaitingAsync("delivery")).ConversationId!;
        var billing = (await _customers.WaitingAsync("billing")).ConversationId!;

        Assert.Equal(HttpStatusCode.Forbidden, (await cleo.GetAsync($"/api/agent/conversations/{delivery}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await cleo.GetAsync($"/api/agent/conversations/{billing}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await sue.GetAsync($"/api/agent/conversations/{delivery}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await sue.GetAsync("/api/agent/conversations/nowhere")).StatusCode);
    }

    [Fact]
    public async Task ASupervisorSeesEveryLiveChatIncludingThoseStillWithTheBotAndCanOpenOne()
    {
        await Accounts.CreateAsync("sue", "Sue", AgentRole.Supervisor, Password);
        using var sue = await AgentBrowser.SignedInApiAsync(_app, "sue", Password);
        using var ana = await OnlineAgentAsync("ana", "Ana");
        var directLine = new DirectLineTestClient(_app);
        var withTheBot = await directLine.StartAsync();
        await directLine.PostMessageAsync(withTheBot, "my <b>order</b> is late", "c-1");
        var id = withTheBot.ConversationId!;

        using var live = JsonDocument.Parse(await sue.GetStringAsync("/api/agent/live"));
        using var view = await ViewAsync(sue, id);

        var chat = live.RootElement.GetProperty("items").EnumerateArray().Single(c => c.GetProperty("conversationId").GetString() == id);
        Assert.Equal(("directline", "bot heard: my <b>order</b> is late", 2), (chat.GetProperty("channelId").GetString(), chat.GetProperty("lastText").GetString(), chat.GetProperty("messages").GetInt32()));
        Assert.Equal("bot", view.RootElement.GetProperty("owner").GetString());
        Assert.False(view.RootElement.TryGetProperty("queue", out var queued) && queued.ValueKind != JsonValueKind.Null);
        Assert.Contains(view.RootElement.GetProperty("transcript").EnumerateArray(), t => t.GetProperty("text").GetString() == "my <b>order</b> is late");
        Assert.Equal(HttpStatusCode.Forbidden, (await ana.GetAsync("/api/agent/live")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ana.GetAsync($"/api/agent/conversations/{id}")).StatusCode);
    }

    [Fact]
    public async Task TheTeamAndTheCannedResponsesAreThereForTheConsole()
    {
        using var ana = await OnlineAgentAsync("ana", "Ana");

        using var team = JsonDocument.Parse(await ana.GetStringAsync("/api/agent/agents"));
        using var canned = JsonDocument.Parse(await ana.GetStringAsync("/api/agent/canned-responses"));

        var me = team.RootElement.GetProperty("items").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "ana");
        Assert.Equal(("online", 0), (me.GetProperty("presence").GetString(), me.GetProperty("holding").GetInt32()));
        Assert.False(me.TryGetProperty("passwordHash", out _));
        Assert.Contains(canned.RootElement.GetProperty("items").EnumerateArray(), c => c.GetProperty("title").GetString() == "Greeting");
    }

    private IEscalationQueue Queue => _app.Services.GetRequiredService<IEscalationQueue>();

    private AgentAccounts Accounts => _app.Services.GetRequiredService<AgentAccounts>();

    private AgentDirectory Directory => _app.Services.GetRequiredService<AgentDirectory>();

    private async Task<HttpClient> OnlineAgentAsync(string id, string name)
    {
        await Accounts.CreateAsync(id, name, AgentRole.Agent, Password, ["service"]);
        await Directory.SetPresenceAsync(id, AgentPresence.Online);
        return await AgentBrowser.SignedInApiAsync(_app, id, Password);
    }

    private static async Task<JsonDocument> ViewAsync(HttpClient agent, string id)
    {
        using var response = await agent.GetAsync($"/api/agent/conversations/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync());
    }
}
