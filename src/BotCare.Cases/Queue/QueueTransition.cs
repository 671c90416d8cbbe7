namespace BotCare.Cases;

/// <summary>
/// One change of a queue entry's state: when it is allowed and what it does. Every <see cref="IEscalationQueue"/>
/// applies the same transitions, each store inside its own atomic step (a lock, a write transaction, a row
/// lock), so the rules live once, here.
/// </summary>
public sealed class QueueTransition
{
    private readonly Func<QueueEntry, bool> _allowed;
    private readonly Action<QueueEntry> _apply;

    private QueueTransition(Func<QueueEntry, bool> allowed, Action<QueueEntry> apply)
    {
        _allowed = allowed;
        _apply = apply;
    }

    /// <summary>Waiting to assigned to the agent.</summary>
    public static QueueTransition Assign(string agentId, DateTimeOffset at) =>
        new(e => e.Status == QueueStatus.Waiting, e =>
        {
            e.Status = QueueStatus.Assigned;
            e.AgentId = agentId;
            e.AssignedAt = at;
        });

    /// <summary>Assigned to one agent to assigned to another.</summary>
    public static QueueTransition Transfer(string fromAgentId, string toAgentId, DateTimeOffset at) =>
        new(e => e.Status == QueueStatus.Assigned && e.AgentId == fromAgentId, e =>
        {
            e.AgentId = toAgentId;
            e.AssignedAt = at;
        });

    /// <summary>Assigned back to waiting, keeping the original enqueue time and rank (the customer does not lose their place).</summary>
    public static QueueTransition Release(string agentId) =>
        new(e => e.Status == QueueStatus.Assigned && e.AgentId == agentId, e =>
        {
            e.Status = QueueStatus.Waiting;
            e.AgentId = null;
            e.AssignedAt = null;
        });

    /// <summary>Any open entry to closed.</summary>
    public static QueueTransition Close(DateTimeOffset at) =>
        new(e => e.Status != QueueStatus.Closed, e =>
        {
            e.Status = QueueStatus.Closed;
            e.ClosedAt = at;
        });

    /// <summary>
    /// The entry to store when <paramref name="entry"/> is enqueued over <paramref name="existing"/>, or null when
    /// the existing entry is still open and stays as it is (enqueueing is idempotent).
    /// </summary>
    public static QueueEntry? NewWait(QueueEntry entry, QueueEntry? existing)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (existing is not null && existing.Status != QueueStatus.Closed)
        {
            return null;
        }

        var stored = QueueEntryCopy.Of(entry);
        stored.Status = QueueStatus.Waiting;
        stored.AgentId = null;
        stored.AssignedAt = null;
        stored.ClosedAt = null;
        stored.Version = (existing?.Version ?? 0) + 1;
        return stored;
    }

    /// <summary>Applies the change to <paramref name="entry"/> (and bumps its version) when allowed; false when not.</summary>
    public bool TryApply(QueueEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (!_allowed(entry))
        {
            return false;
        }

        _apply(entry);
        entry.Version++;
        return true;
    }
}
