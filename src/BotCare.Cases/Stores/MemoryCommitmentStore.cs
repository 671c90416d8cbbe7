namespace BotCare.Cases;

/// <summary>The commitment ledger in process memory, for tests and a single developer instance. Readers get copies.</summary>
public sealed class MemoryCommitmentStore : ICommitmentStore
{
    private readonly Dictionary<string, Commitment> _commitments = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<Commitment> AddAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        lock (_lock)
        {
            if (!_commitments.TryGetValue(commitment.Id, out var stored))
            {
                stored = Copy(commitment);
                stored.Version = 1;
                _commitments[stored.Id] = stored;
            }

            return Task.FromResult(Copy(stored));
        }
    }

    public Task<bool> TrySaveAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        lock (_lock)
        {
            if (!_commitments.TryGetValue(commitment.Id, out var stored) || stored.Version != commitment.Version)
            {
                return Task.FromResult(false);
            }

            commitment.Version++;
            _commitments[commitment.Id] = Copy(commitment);
            return Task.FromResult(true);
        }
    }

    public Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_commitments.TryGetValue(id, out var c) ? Copy(c) : null);
        }
    }

    public Task<IReadOnlyList<Commitment>> ListAsync(CommitmentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        lock (_lock)
        {
            IReadOnlyList<Commitment> list = _commitments.Values.Where(query.Matches)
                .OrderBy(c => c.DueAt).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(query.Limit).Select(Copy).ToList();
            return Task.FromResult(list);
        }
    }

    public Task<IReadOnlyList<Commitment>> ClaimDueAsync(CommitmentKind kind, DateTimeOffset now, string leaseOwner, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var due = _commitments.Values
                .Where(c => CommitmentLedgerRules.IsClaimable(c, kind, now))
                .OrderBy(c => c.DueAt).ThenBy(c => c.Id, StringComparer.Ordinal)
                .Take(max).ToList();
            due.ForEach(c => CommitmentLedgerRules.Lease(c, leaseOwner, now + lease));

            IReadOnlyList<Commitment> claimed = due.Select(Copy).ToList();
            return Task.FromResult(claimed);
        }
    }

    public Task<bool> TryCompleteAsync(string id, CommitmentStatus status, DateTimeOffset at, string completedBy, CancellationToken cancellationToken = default)
    {
        CommitmentLedgerRules.EnsureFinal(status);
        lock (_lock)
        {
            return Task.FromResult(_commitments.TryGetValue(id, out var c) && CommitmentLedgerRules.TryComplete(c, status, at, completedBy));
        }
    }

    public Task ReleaseLeaseAsync(string id, string leaseOwner, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (_commitments.TryGetValue(id, out var c))
            {
                CommitmentLedgerRules.TryReleaseLease(c, leaseOwner);
            }

            return Task.CompletedTask;
        }
    }

    public Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var ids = _commitments.Values.Where(c => c.CustomerId == customerId).Select(c => c.Id).ToList();
            ids.ForEach(id => _commitments.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }

    private static Commitment Copy(Commitment c) => CommitmentLedgerRules.Copy(c);

    public Task<int> DeleteByCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            var ids = _commitments.Values.Where(c => c.CaseId == caseId).Select(c => c.Id).ToList();
            ids.ForEach(id => _commitments.Remove(id));
            return Task.FromResult(ids.Count);
        }
    }
}
