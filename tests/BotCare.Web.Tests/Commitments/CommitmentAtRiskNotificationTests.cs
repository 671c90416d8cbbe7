using System.Text.Json;
using System.Threading.Channels;
using BotCare.Cases;
using BotCare.Handoff;
using Microsoft.AspNetCore.SignalR.Client;

namespace BotCare.Web.Tests.Commitments;

/// <summary>A commitment at risk reaches the consoles of its owner and of the supervisors, on this instance and others.</summary>
public sealed class CommitmentAtRiskNotificationTests : IAsyncDisposable
{
    private const string Password = "correct horse battery staple";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly BotCareApp _app = new();
    private readonly RecordingInstanceSignals _signals = new();

    public CommitmentAtRiskNotificationTests()
    {
        _app.ConfigureServices += services => services.AddSingleton<IInstanceSignals>(_signals);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheOwnerAndTheSupervisorsHearOfAnAgentsPromiseAtRiskAndOtherAgentsOnlyOfTheTeams()
    {
        var (ana, anaHeard) = await ConsoleAsync("ana", AgentRole.Agent);
        var (ben, benHeard) = await ConsoleAsync("ben", AgentRole.Agent);
        var (sue, sueHeard) = await ConsoleAsync("sue", AgentRole.Supervisor);
        await using (ana)
        await using (ben)
        await using (sue)
        {
            await FlagAsync(Promise("anas", "ana", "Replacement ships today"));
            Assert.Equal("anas", (await NextAsync(anaHeard)).Id);
            var toSue = await NextAsync(sueHeard);
            Assert.Equal(("anas", "Replacement ships today", "ana", true), (toSue.Id, toSue.What, toSue.Owner, toSue.AtRisk));

            await FlagAsync(Promise("teams", "customer care team", "We call you back at 3 pm"));

            // Ben's first notice is the team's: he was never told of Ana's promise.
            Assert.Equal("teams", (await NextAsync(benHeard)).Id);
            Assert.Equal("teams", (await NextAsync(anaHeard)).Id);
            Assert.Equal("teams", (await NextAsync(sueHeard)).Id);
        }
    }

    [Fact]
    public async Task APromiseAtRiskCrossesToTheOtherInstancesAndOneFlaggedThereReachesConsolesHere()
    {
        var (sue, sueHeard) = await ConsoleAsync("sue", AgentRole.Supervisor);
        await using (sue)
        {
            await FlagAsync(Promise("here", "ana", "Refund by Friday"));
            Assert.Contains(_signals.Sent, s => s.Topic == AgentConsoleBroadcast.Topic && s.Payload!.Contains("\"atRisk\"", StringComparison.Ordinal) && s.Payload.Contains("Refund by Friday", StringComparison.Ordinal));
            Assert.Equal("here", (await NextAsync(sueHeard)).Id);

            var elsewhere = AgentCommitmentItem.From(Promise("elsewhere", "bot", "Courier collects the jug"), "Ann", DateTimeOffset.UtcNow, TimeSpan.FromHours(2));
            var payload = JsonSerializer.Serialize(new { kind = "atRisk", channelId = string.Empty, commitment = elsewhere, audience = new { everyone = false } }, BotJson.Options);
            _signals.Deliver(new InstanceSignal(AgentConsoleBroadcast.Topic, "conv-elsewhere", payload));

            var heard = await NextAsync(sueHeard);
            Assert.Equal(("elsewhere", "Ann", "Courier collects the jug"), (heard.Id, heard.CustomerName, heard.What));
        }
    }

    private async Task FlagAsync(Commitment commitment)
    {
        await _app.Services.GetRequiredService<ICommitmentStore>().AddAsync(commitment);

        // The hosted check may get there first; either way the ledger has it flagged and the consoles are told once.
        await _app.Services.GetRequiredService<CommitmentAtRiskScanner>().ScanAsync();
        Assert.NotNull((await _app.Services.GetRequiredService<ICommitmentStore>().GetAsync(commitment.Id))!.AtRiskNotifiedAt);
    }

    private async Task<(HubConnection Console, Channel<AgentCommitmentItem> Heard)> ConsoleAsync(string id, AgentRole role)
    {
        await _app.Services.GetRequiredService<AgentAccounts>().CreateAsync(id, id, role, Password, ["service"]);
        await _app.Services.GetRequiredService<AgentDirectory>().SetPresenceAsync(id, AgentPresence.Online);
        var console = AgentConsoleConnection.Build(_app, await AgentConsoleConnection.SessionCookieAsync(_app, id, Password));
        var heard = Channel.CreateUnbounded<AgentCommitmentItem>();
        console.On<AgentCommitmentItem>(nameof(IAgentConsoleClient.CommitmentAtRisk), item => heard.Writer.TryWrite(item));
        await console.StartAsync();

        // The hub joins the console to its groups after the handshake; a call is answered only once that is done.
        await console.InvokeAsync("Unwatch", "nothing");
        return (console, heard);
    }

    private static Commitment Promise(string id, string owner, string what) => new()
    {
        Id = id,
        What = what,
        DueAt = DateTimeOffset.UtcNow.AddMinutes(30),
        Owner = owner,
        CreatedAt = DateTimeOffset.UtcNow,
        CaseId = $"case-{id}",
        ConversationId = $"conv-{id}",
    };

    private static Task<AgentCommitmentItem> NextAsync(Channel<AgentCommitmentItem> heard) => heard.Reader.ReadAsync().AsTask().WaitAsync(Patience);
}
