namespace BotCare.Cases;

/// <summary>The escalation queue in process memory, for tests and a single developer instance.</summary>
public sealed class MemoryEscalationQueue : IEscalationQueue
{
    private readonly Dictionary<string, QueueEntry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<QueueEntry> EnqueueAsync(QueueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        lock (_lock)
        {
            _entries.TryGetValue(entry.ConversationId, out var existing);
            if (QueueTransition.NewWait(entry, existing) is not { } stored)
            {
                return Task.FromResult(QueueEntryCopy.Of(existing!));
            }

            _entries[stored.ConversationId] = stored;
            return Task.FromResult(QueueEntryCopy.Of(stored));
        }
    }

    public Task<QueueEntry?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.TryGetValue(conversationId, out var e) ? QueueEntryCopy.Of(e) : null);
        }
    }

    public Task<IReadOnlyList<QueueEntry>> ListAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            IReadOnlyList<QueueEntry> list = Ordered(_entries.Values.Where(query.Matches)).Take(query.Limit).Select(QueueEntryCopy.Of).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<int> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(conversationId, out var entry) || entry.Status != QueueStatus.Waiting)
            {
                return Task.FromResult(0);
            }

            var sameSkill = _entries.Values.Where(e => e.Status == QueueStatus.Waiting && string.Equals(e.Skill, entry.Skill, StringComparison.OrdinalIgnoreCase));
            var ahead = Ordered(sameSkill).TakeWhile(e => !ReferenceEquals(e, entry)).Count();
            return Task.FromResult(ahead + 1);
        }
    }

    public Task<QueueEntry?> TryAssignAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Change(conversationId, QueueTransition.Assign(agentId, at));

    public Task<QueueEntry?> TryTransferAsync(string conversationId, string fromAgentId, string toAgentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Change(conversationId, QueueTransition.Transfer(fromAgentId, toAgentId, at));

    public Task<QueueEntry?> TryReleaseAsync(string conversationId, string agentId, CancellationToken cancellationToken = default) =>
        Change(conversationId, QueueTransition.Release(agentId));

    public async Task<bool> CloseAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await Change(conversationId, QueueTransition.Close(at)).ConfigureAwait(false) is not null;

    public Task<int> CountAssignedAsync(string agentId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.Values.Count(e => e.Status == QueueStatus.Assigned && e.AgentId == agentId));
        }
    }

    public Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var keys = _entries.Where(kv => kv.Value.CustomerId == customerId).Select(kv => kv.Key).ToList();
            keys.ForEach(k => _entries.Remove(k));
            return Task.FromResult(keys.Count);
        }
    }

    private static IEnumerable<QueueEntry> Ordered(IEnumerable<QueueEntry> entries) =>
        entries.OrderByDescending(e => e.Rank).ThenBy(e => e.EnqueuedAt).ThenBy(e => e.ConversationId, StringComparer.Ordinal);

    private Task<QueueEntry?> Change(string conversationId, QueueTransition transition)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.TryGetValue(conversationId, out var entry) && transition.TryApply(entry) ? QueueEntryCopy.Of(entry) : null);
        }
    }

    public Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_entries.Remove(conversationId));
        }
    }
}
