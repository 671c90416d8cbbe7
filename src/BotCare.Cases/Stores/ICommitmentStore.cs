namespace BotCare.Cases;

/// <summary>
/// The commitment ledger, shared by every instance. Due commitments are claimed with a lease (row locking on
/// PostgreSQL) so that with several instances each follow-up is sent by exactly one of them.
/// </summary>
public interface ICommitmentStore
{
    /// <summary>
    /// Inserts the commitment unless one with its id exists, and returns the stored one. Idempotent, so a
    /// re-run turn or a case saved again never duplicates a promise or resets its status.
    /// </summary>
    Task<Commitment> AddAsync(Commitment commitment, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored commitment when its <see cref="Commitment.Version"/> still matches, and increments
    /// the version on the passed object; false when someone else changed it first.
    /// </summary>
    Task<bool> TrySaveAsync(Commitment commitment, CancellationToken cancellationToken = default);

    Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Commitment>> ListAsync(CommitmentQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Open commitments of <paramref name="kind"/> due at or before <paramref name="now"/> whose lease is free
    /// or expired, leased to <paramref name="leaseOwner"/> until <c>now + lease</c>; at most
    /// <paramref name="max"/>. Concurrent callers never receive the same commitment while its lease runs.
    /// </summary>
    Task<IReadOnlyList<Commitment>> ClaimDueAsync(CommitmentKind kind, DateTimeOffset now, string leaseOwner, TimeSpan lease, int max, CancellationToken cancellationToken = default);

    /// <summary>Sets a final status (kept, broken, cancelled) if it is still open; false otherwise.</summary>
    Task<bool> TryCompleteAsync(string id, CommitmentStatus status, DateTimeOffset at, string completedBy, CancellationToken cancellationToken = default);

    /// <summary>Gives up a lease early (the work failed and may be retried by anyone).</summary>
    Task ReleaseLeaseAsync(string id, string leaseOwner, CancellationToken cancellationToken = default);

    /// <summary>Removes every commitment of the customer (erasure); returns how many were removed.</summary>
    Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default);

    /// <summary>Removes every commitment of the case (retention: the anonymized case keeps its own copy); returns how many.</summary>
    Task<int> DeleteByCaseAsync(string caseId, CancellationToken cancellationToken = default);
}
