namespace BotCare.Cases;

/// <summary>
/// The queue of conversations waiting for, or held by, a person. Shared by every instance, so each state change
/// is a single conditional update in the store: two agents claiming one chat at once get exactly one winner.
/// </summary>
public interface IEscalationQueue
{
    /// <summary>
    /// Adds the conversation as <see cref="QueueStatus.Waiting"/>. Idempotent: when the conversation is already
    /// waiting or assigned, the stored entry is returned unchanged (a re-run turn does not queue twice); a closed
    /// entry is replaced by the new wait.
    /// </summary>
    Task<QueueEntry> EnqueueAsync(QueueEntry entry, CancellationToken cancellationToken = default);

    Task<QueueEntry?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Entries matching the query, highest rank first, then the longest waiting.</summary>
    Task<IReadOnlyList<QueueEntry>> ListAsync(QueueQuery query, CancellationToken cancellationToken = default);

    /// <summary>1-based place among waiting entries with the same skill; 0 when the conversation is not waiting.</summary>
    Task<int> PositionAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Waiting to assigned to <paramref name="agentId"/>; null when it was not waiting (someone else won).</summary>
    Task<QueueEntry?> TryAssignAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Moves an assigned chat from one agent to another; null unless it is assigned to <paramref name="fromAgentId"/>.</summary>
    Task<QueueEntry?> TryTransferAsync(string conversationId, string fromAgentId, string toAgentId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Assigned back to waiting (the agent returns it to the queue); null unless assigned to <paramref name="agentId"/>.</summary>
    Task<QueueEntry?> TryReleaseAsync(string conversationId, string agentId, CancellationToken cancellationToken = default);

    /// <summary>Marks the entry closed; false when there is no open entry.</summary>
    Task<bool> CloseAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>How many chats the agent holds now, for capacity.</summary>
    Task<int> CountAssignedAsync(string agentId, CancellationToken cancellationToken = default);

    /// <summary>Removes every entry of the customer (erasure); returns how many were removed.</summary>
    Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Removes the conversation's entry whatever its status (erasure, retention); false when there was none.</summary>
    Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default);
}
