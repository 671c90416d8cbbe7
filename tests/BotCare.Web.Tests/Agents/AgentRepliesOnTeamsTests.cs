using System.Net;
using System.Net.Http.Json;
using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Agents;

/// <summary>A Teams customer's chat, taken over: the agent's words go to the Bot Framework connector as proactive messages.</summary>
public sealed class AgentRepliesOnTeamsTests : IAsyncLifetime
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();
    private LocalChannelService _channel = null!;

    public async ValueTask InitializeAsync()
    {
        _channel = await LocalChannelService.StartAsync();
        _app.ConfigureServices = services => services.AddSingleton<IBot>(new ScriptedBot(CustomersWaiting.OnTurnAsync));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task TheAgentsJoiningAndRepliesArePostedToTheTeamsConversationAsNewMessages()
    {
        using var channel = _app.CreateClient();
        var ask = Activities.Message(_channel.ServiceUrl, CustomersWaiting.AskPrefix + "product");
        using (var asked = await Activities.PostAsync(channel, ask))
        {
            Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        }

        await _channel.WaitForRepliesAsync(2);
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync("ana", "Ana", AgentRole.Agent, Password, ["product"]);
        await _app.Services.GetRequiredService<AgentDirectory>().SetPresenceAsync("ana", AgentPresence.Online);
        using var ana = await AgentBrowser.SignedInApiAsync(_app, "ana", Password);
        var conversation = Uri.EscapeDataString(Activities.TeamsConversation);

        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsync($"/api/agent/conversations/{conversation}/claim", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ana.PostAsJsonAsync($"/api/agent/conversations/{conversation}/messages", new { text = "Hi, Ana here." })).StatusCode);

        var replies = await _channel.WaitForRepliesAsync(4);
        var fromAgent = replies.Where(r => r.Activity.Type == ActivityTypes.Message).Select(r => r.Activity.Text).ToList();
        Assert.Contains(HandoffResponses.AgentJoined("Ana"), fromAgent);
        Assert.Contains("Ana: Hi, Ana here.", fromAgent);
        var reply = replies.Single(r => r.Activity.Text == "Ana: Hi, Ana here.");

        // A new message in the conversation (the Teams thread is in its id), not a reply to an activity that never was.
        Assert.Equal($"/amer/v3/conversations/{conversation}/activities", reply.Path);
        Assert.Null(reply.Activity.ReplyToId);
        Assert.Equal("29:customer", reply.Activity.Recipient!.Id);
    }
}
