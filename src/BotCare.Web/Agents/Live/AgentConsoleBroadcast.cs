using System.Text.Json;
using BotCare.Builder;
using Microsoft.AspNetCore.SignalR;

namespace BotCare.Web;

/// <summary>
/// Everything the agents' consoles hear goes through here, to the consoles connected to this instance and, over the
/// instance signals (PostgreSQL LISTEN/NOTIFY with several instances), to those connected to the others: an agent on
/// instance A follows a customer whose messages instance B handles. Messages cross only for chats a console somewhere
/// watches (consoles say so when they open one), so a busy bot does not notify the database for every message. A push
/// that fails is logged; consoles fetch again on their own, so nothing is lost but latency.
/// </summary>
public sealed class AgentConsoleBroadcast(IHubContext<AgentHub, IAgentConsoleClient> hub, IInstanceSignals signals, LiveConversations live, TimeProvider time, ILogger<AgentConsoleBroadcast> logger) : IHostedService, IDisposable
{
    public const string Topic = "agents";

    /// <summary>How long a watch opened on another instance keeps this one relaying that chat's messages.</summary>
    public static readonly TimeSpan WatchLasts = TimeSpan.FromHours(2);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, DateTimeOffset> _watchedElsewhere = new(StringComparer.Ordinal);
    private IDisposable? _listening;

    public Task QueueChangedAsync() => SendAsync(new Relayed(Relayed.Queue, string.Empty, null), string.Empty);

    public Task ConversationChangedAsync(string conversationId) => SendAsync(new Relayed(Relayed.Changed, string.Empty, null), conversationId);

    /// <summary>A console on this instance opened the chat: the other instances relay its messages from now on.</summary>
    public Task WatchingAsync(string conversationId) =>
        signals.SendAsync(new InstanceSignal(Topic, conversationId, JsonSerializer.Serialize(new Relayed(Relayed.Watch, string.Empty, null), BotJson.Options)));

    /// <summary>
    /// A commitment about to be broken, for the supervisors' and admins' consoles and its owner's (every console when the
    /// team owns it), here and on the other instances.
    /// </summary>
    public Task CommitmentAtRiskAsync(AgentCommitmentItem commitment, CommitmentAudience audience)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return SendAsync(new Relayed(Relayed.AtRisk, string.Empty, null, commitment, audience), commitment.ConversationId ?? string.Empty);
    }

    /// <summary>A message of the chat, for its watchers here and, when a console elsewhere watches it, there.</summary>
    public async Task ConversationActivityAsync(string conversationId, string channelId, TranscriptItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        live.Saw(conversationId, channelId, item.Name, item.Kind == "customer", item.Text);
        var relayed = new Relayed(Relayed.Activity, channelId, item);
        await PushLocallyAsync(relayed, conversationId);
        if (_watchedElsewhere.TryGetValue(conversationId, out var since) && time.GetUtcNow() - since < WatchLasts)
        {
            await signals.SendAsync(new InstanceSignal(Topic, conversationId, JsonSerializer.Serialize(relayed, BotJson.Options)));
        }
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _listening = signals.Listen(Topic, OnSignal);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _listening?.Dispose();
        _listening = null;
        return Task.CompletedTask;
    }

    public void Dispose() => _listening?.Dispose();

    private async Task SendAsync(Relayed relayed, string conversationId)
    {
        await PushLocallyAsync(relayed, conversationId);
        await signals.SendAsync(new InstanceSignal(Topic, conversationId, JsonSerializer.Serialize(relayed, BotJson.Options)));
    }

    private void OnSignal(InstanceSignal signal)
    {
        Relayed? relayed = null;
        try
        {
            relayed = signal.Payload is null ? null : JsonSerializer.Deserialize<Relayed>(signal.Payload, BotJson.Options);
        }
        catch (JsonException exception)
        {
            logger.LogWarning(exception, "A console signal from another instance could not be read.");
        }

        // A payload too large for a notification arrives without it: the watchers fetch the chat again instead.
        relayed ??= new Relayed(Relayed.Changed, string.Empty, null);
        switch (relayed)
        {
            case { Kind: Relayed.Watch }:
                _watchedElsewhere[signal.ConversationId] = time.GetUtcNow();
                foreach (var stale in _watchedElsewhere.Where(w => time.GetUtcNow() - w.Value >= WatchLasts).Select(w => w.Key).ToList())
                {
                    _watchedElsewhere.TryRemove(stale, out _);
                }

                return;
            case { Kind: Relayed.Activity, Item: { } item }:
                live.Saw(signal.ConversationId, relayed.ChannelId, item.Name, item.Kind == "customer", item.Text);
                break;
        }

        _ = PushLocallyAsync(relayed, signal.ConversationId);
    }

    private async Task PushLocallyAsync(Relayed relayed, string conversationId)
    {
        try
        {
            switch (relayed)
            {
                case { Kind: Relayed.Queue }:
                    await hub.Clients.Group(AgentConsoleGroups.Everyone).QueueChanged();
                    break;
                case { Kind: Relayed.Activity, Item: { } item }:
                    await hub.Clients.Group(AgentConsoleGroups.Watching(conversationId)).ConversationActivity(conversationId, item);
                    break;
                case { Kind: Relayed.AtRisk, Commitment: { } commitment }:
                    await AudienceOf(relayed.Audience).CommitmentAtRisk(commitment);
                    break;
                case { Kind: Relayed.AtRisk }:
                    // Dropped from a notification too large to carry it; the ledger view still shows it at risk.
                    break;
                default:
                    await hub.Clients.Group(AgentConsoleGroups.Watching(conversationId)).ConversationChanged(conversationId);
                    break;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not tell the agents' consoles of a change; they will see it on their next fetch.");
        }
    }

    /// <summary>
    /// Supervisors and admins always; besides them the owning agent, or everyone. An owner who is a supervisor is told
    /// once, through the supervisors' group.
    /// </summary>
    private IAgentConsoleClient AudienceOf(CommitmentAudience? audience) => audience switch
    {
        { Everyone: true } => hub.Clients.Group(AgentConsoleGroups.Everyone),
        { AgentId: { } agentId } => hub.Clients.Groups(AgentConsoleGroups.Supervisors, AgentConsoleGroups.Agent(agentId)),
        _ => hub.Clients.Group(AgentConsoleGroups.Supervisors),
    };

    /// <summary>What travels between instances: the kind of news, the message for an activity, the commitment at risk.</summary>
    private sealed record Relayed(string Kind, string ChannelId, TranscriptItem? Item, AgentCommitmentItem? Commitment = null, CommitmentAudience? Audience = null)
    {
        public const string AtRisk = "atRisk";
        public const string Watch = "watch";
        public const string Queue = "queue";
        public const string Activity = "activity";
        public const string Changed = "changed";
    }
}
