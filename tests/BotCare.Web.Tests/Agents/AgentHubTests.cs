using System.Net.Http.Json;
using System.Threading.Channels;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.SignalR.Client;

namespace BotCare.Web.Tests.Agents;

/// <summary>The consoles' live connection: who may open it, what a watching console hears, and typing shown to the customer.</summary>
public sealed class AgentHubTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly BotCareApp _app = new();
    private readonly CustomersWaiting _customers;

    public AgentHubTests()
    {
        _customers = new CustomersWaiting(_app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task NobodyConnectsWithoutSigningIn()
    {
        _ = _app.Server;
        await using var anonymous = AgentConsoleConnection.Build(_app, cookie: null);

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => anonymous.StartAsync());

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWatchingConsoleFollowsTheChatLiveAndHearsOfEveryMove()
    {
        await CreateOnlineAsync("ana", "Ana", AgentRole.Agent);
        using var api = await AgentBrowser.SignedInApiAsync(_app, "ana", Password);
        await using var console = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "ana", Password));
        var lines = Channel.CreateUnbounded<TranscriptItem>();
        var queueChanges = Channel.CreateUnbounded<bool>();
        var changed = Channel.CreateUnbounded<string>();
        console.On<string, TranscriptItem>(nameof(IAgentConsoleClient.ConversationActivity), (_, item) => lines.Writer.TryWrite(item));
        console.On(nameof(IAgentConsoleClient.QueueChanged), () => queueChanges.Writer.TryWrite(true));
        console.On<string>(nameof(IAgentConsoleClient.ConversationChanged), id => changed.Writer.TryWrite(id));
        await console.StartAsync();

        var customer = await _customers.WaitingAsync();
        var id = customer.ConversationId!;
        Assert.True(await queueChanges.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        Assert.True(await console.InvokeAsync<bool>("Watch", id));

        await _customers.SayAsync(customer, "hello, anyone there?");
        Assert.Equal(("customer", "hello, anyone there?"), await NextAsync(lines, l => l.Kind == "customer"));

        await api.PostAsync($"/api/agent/conversations/{id}/claim", null);
        Assert.Equal(id, await changed.Reader.ReadAsync().AsTask().WaitAsync(Patience));
        await api.PostAsJsonAsync($"/api/agent/conversations/{id}/messages", new { text = "Hi, Ana here." });
        Assert.Equal(("agent", "Ana: Hi, Ana here."), await NextAsync(lines, l => l.Text == "Ana: Hi, Ana here."));
    }

    [Fact]
    public async Task AnAgentCannotWatchAChatThatIsNeitherTheirsNorWaitingForTheirSkills()
    {
        await CreateOnlineAsync("cleo", "Cleo", AgentRole.Agent, "billing");
        await CreateOnlineAsync("sue", "Sue", AgentRole.Supervisor);
        await using var cleo = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "cleo", Password));
        await using var sue = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "sue", Password));
        await cleo.StartAsync();
        await sue.StartAsync();
        var delivery = (await _customers.WaitingAsync("delivery")).ConversationId!;
        var billing = (await _customers.WaitingAsync("billing")).ConversationId!;

        Assert.False(await cleo.InvokeAsync<bool>("Watch", delivery));
        Assert.True(await cleo.InvokeAsync<bool>("Watch", billing));
        Assert.True(await sue.InvokeAsync<bool>("Watch", delivery));
    }

    [Fact]
    public async Task TheHoldingAgentsTypingIsShownToTheCustomer()
    {
        await CreateOnlineAsync("ana", "Ana", AgentRole.Agent);
        await CreateOnlineAsync("ben", "Ben", AgentRole.Agent);
        using var api = await AgentBrowser.SignedInApiAsync(_app, "ana", Password);
        await using var ana = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "ana", Password));
        await using var ben = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "ben", Password));
        await ana.StartAsync();
        await ben.StartAsync();
        var id = (await _customers.WaitingAsync()).ConversationId!;

        Assert.False(await ana.InvokeAsync<bool>("Typing", id));
        await api.PostAsync($"/api/agent/conversations/{id}/claim", null);

        Assert.False(await ben.InvokeAsync<bool>("Typing", id));
        Assert.True(await ana.InvokeAsync<bool>("Typing", id));
    }

    private async Task CreateOnlineAsync(string id, string name, AgentRole role, string skill = "service")
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync(id, name, role, Password, [skill]);
        await _app.Services.GetRequiredService<AgentDirectory>().SetPresenceAsync(id, AgentPresence.Online);
    }

    private static async Task<(string Kind, string Text)> NextAsync(Channel<TranscriptItem> lines, Func<TranscriptItem, bool> wanted)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var line = await lines.Reader.ReadAsync(timeout.Token);
            if (wanted(line))
            {
                return (line.Kind, line.Text);
            }
        }
    }
}
