using BotCare.Cases;
using BotCare.Dialogs;
using BotCare.Handoff;
using Microsoft.Extensions.Options;

namespace BotCare.Web;

/// <summary>
/// Who a commitment's owner is: <c>bot</c>, the team the bot names when it promises that people will follow up
/// (<c>Recovery:TeamName</c>, which every agent belongs to), or one agent by id. Decides what "mine" means, which owners
/// an agent may give a new promise, and who hears when one is at risk.
/// </summary>
public sealed class CommitmentOwners(AgentDirectory directory, IOptions<RecoveryOptions> recovery)
{
    public const string Bot = "bot";

    /// <summary>What the console sends for "the team" instead of the team's configured name.</summary>
    public const string TeamAlias = "team";

    public string Team => recovery.Value.TeamName;

    /// <summary>The owners whose commitments are the agent's to keep: their own, and the team's.</summary>
    public IReadOnlyList<string> Mine(AgentAccount agent)
    {
        ArgumentNullException.ThrowIfNull(agent);
        return [agent.Id, Team];
    }

    public bool IsTeam(string owner) => string.Equals(owner, Team, StringComparison.OrdinalIgnoreCase) || string.Equals(owner, TeamAlias, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The owner a new promise gets: the agent adding it when none is named, the team, or another agent who exists;
    /// null when <paramref name="requested"/> names nobody (the bot does not take promises from agents).
    /// </summary>
    public async Task<string?> ResolveAsync(string? requested, AgentAccount agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var owner = requested?.Trim();
        if (string.IsNullOrEmpty(owner) || string.Equals(owner, agent.Id, StringComparison.OrdinalIgnoreCase))
        {
            return agent.Id;
        }

        if (IsTeam(owner))
        {
            return Team;
        }

        return await directory.FindAsync(owner.ToLowerInvariant(), cancellationToken) is { } other ? other.Id : null;
    }

    /// <summary>
    /// Who is told a commitment is at risk, besides supervisors and admins (who always are): the owning agent, or every
    /// agent when the team owns it. A bot's promise at risk is for supervisors alone.
    /// </summary>
    public async Task<CommitmentAudience> AudienceAsync(string owner, CancellationToken cancellationToken)
    {
        if (IsTeam(owner))
        {
            return new CommitmentAudience(null, Everyone: true);
        }

        return string.Equals(owner, Bot, StringComparison.OrdinalIgnoreCase) || await directory.FindAsync(owner, cancellationToken) is not { } agent
            ? new CommitmentAudience(null, Everyone: false)
            : new CommitmentAudience(AgentVisibility.SeesEverything(agent) ? null : agent.Id, Everyone: false);
    }
}
