using System.Text.Json;
using System.Threading.Channels;
using BotCare.Cases;
using Microsoft.AspNetCore.SignalR.Client;

namespace BotCare.Web.Tests.Agents;

/// <summary>With several instances, a console follows chats another instance handles, and only watched chats cross.</summary>
public sealed class AgentConsoleBroadcastTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";

    private readonly BotCareApp _app = new();
    private readonly RecordingInstanceSignals _signals = new();
    private readonly CustomersWaiting _customers;

    public AgentConsoleBroadcastTests()
    {
        _app.ConfigureServices += services => services.AddSingleton<IInstanceSignals>(_signals);
        _customers = new CustomersWaiting(_app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task AMessageHandledByAnotherInstanceReachesTheConsoleWatchingHereAndTheLiveList()
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync("sue", "Sue", AgentRole.Supervisor, Password);
        await using var console = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "sue", Password));
        var lines = Channel.CreateUnbounded<(string, TranscriptItem)>();
        console.On<string, TranscriptItem>(nameof(IAgentConsoleClient.ConversationActivity), (id, item) => lines.Writer.TryWrite((id, item)));
        await console.StartAsync();
        Assert.True(await console.InvokeAsync<bool>("Watch", "elsewhere-1"));
        Assert.Contains(_signals.Sent, s => s.ConversationId == "elsewhere-1" && s.Payload!.Contains("watch", StringComparison.Ordinal));

        var item = new TranscriptItem("a-1", "customer", "Ann", "is anyone there?", DateTimeOffset.UtcNow);
        _signals.Deliver(new InstanceSignal(AgentConsoleBroadcast.Topic, "elsewhere-1", JsonSerializer.Serialize(new { kind = "activity", channelId = "msteams", item }, BotJson.Options)));

        var (conversationId, line) = await lines.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(("elsewhere-1", "is anyone there?"), (conversationId, line.Text));
        var listed = _app.Services.GetRequiredService<LiveConversations>().Find("elsewhere-1");
        Assert.Equal(("msteams", "Ann"), (listed!.ChannelId, listed.CustomerName));
    }

    [Fact]
    public async Task OnlyChatsWatchedSomewhereSendTheirMessagesToOtherInstances()
    {
        var watched = await _customers.WaitingAsync();
        var unwatched = await _customers.WaitingAsync();
        _signals.Deliver(new InstanceSignal(AgentConsoleBroadcast.Topic, watched.ConversationId!, """{"kind":"watch","channelId":""}"""));

        await _customers.SayAsync(watched, "first message");
        await _customers.SayAsync(unwatched, "second message");

        var relayed = _signals.Sent.Where(s => s.Payload?.Contains("\"activity\"", StringComparison.Ordinal) == true).ToList();
        Assert.Contains(relayed, s => s.ConversationId == watched.ConversationId && s.Payload!.Contains("first message", StringComparison.Ordinal));
        Assert.DoesNotContain(relayed, s => s.ConversationId == unwatched.ConversationId);
        Assert.Contains(_signals.Sent, s => s.Payload?.Contains("\"queue\"", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task ASignalThatCannotBeReadMakesWatchersFetchAgainRatherThanFail()
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync("sue", "Sue", AgentRole.Supervisor, Password);
        await using var console = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, "sue", Password));
        var changed = Channel.CreateUnbounded<string>();
        console.On<string>(nameof(IAgentConsoleClient.ConversationChanged), id => changed.Writer.TryWrite(id));
        await console.StartAsync();
        await console.InvokeAsync<bool>("Watch", "elsewhere-2");

        _signals.Deliver(new InstanceSignal(AgentConsoleBroadcast.Topic, "elsewhere-2", "{not json"));
        _signals.Deliver(new InstanceSignal(AgentConsoleBroadcast.Topic, "elsewhere-2", null));

        Assert.Equal("elsewhere-2", await changed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Equal("elsewhere-2", await changed.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
