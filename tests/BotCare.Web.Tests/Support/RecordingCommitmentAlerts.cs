using System.Collections.Concurrent;

namespace BotCare.Web.Tests;

/// <summary>The at-risk notices as a test sees them: every commitment the agents were told about, in order.</summary>
internal sealed class RecordingCommitmentAlerts : ICommitmentAlerts
{
    public ConcurrentQueue<AgentCommitmentItem> Told { get; } = new();

    public Task AtRiskAsync(AgentCommitmentItem commitment, CancellationToken cancellationToken = default)
    {
        Told.Enqueue(commitment);
        return Task.CompletedTask;
    }
}
