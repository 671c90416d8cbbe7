namespace BotCare.Web;

/// <summary>
/// Who hears of a commitment at risk besides the supervisors and admins: one agent (<paramref name="AgentId"/>), or
/// every console (<paramref name="Everyone"/>, for the team's promises).
/// </summary>
public sealed record CommitmentAudience(string? AgentId, bool Everyone);
