namespace BotCare.Web;

/// <summary>
/// A commitment at risk, told to the consoles of its owner (or of every agent, for the team's) and of the supervisors
/// and admins, on every instance.
/// </summary>
public sealed class SignalRCommitmentAlerts(AgentConsoleBroadcast consoles, CommitmentOwners owners) : ICommitmentAlerts
{
    public async Task AtRiskAsync(AgentCommitmentItem commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        await consoles.CommitmentAtRiskAsync(commitment, await owners.AudienceAsync(commitment.Owner, cancellationToken));
    }
}
