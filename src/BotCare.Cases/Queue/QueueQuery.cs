namespace BotCare.Cases;

/// <summary>A filter over queue entries; results are ordered by rank (highest first), then enqueue time.</summary>
public sealed record QueueQuery
{
    public QueueStatus? Status { get; init; }

    /// <summary>Only entries needing one of these skills; empty means every skill.</summary>
    public IReadOnlyCollection<string> Skills { get; init; } = [];

    public string? AgentId { get; init; }

    public int Limit { get; init; } = 200;

    public bool Matches(QueueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return (Status is null || entry.Status == Status)
            && (Skills.Count == 0 || Skills.Contains(entry.Skill, StringComparer.OrdinalIgnoreCase))
            && (AgentId is null || entry.AgentId == AgentId);
    }
}
