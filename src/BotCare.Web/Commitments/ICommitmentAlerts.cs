namespace BotCare.Web;

/// <summary>Tells the people concerned that a commitment is about to be broken (the consoles, over SignalR).</summary>
public interface ICommitmentAlerts
{
    Task AtRiskAsync(AgentCommitmentItem commitment, CancellationToken cancellationToken = default);
}
