using BotCare.Cases;

namespace BotCare.Web.Tests;

/// <summary>
/// One ledger as two instances see it when they look at the same moment: each instance's list waits until the other
/// has listed too, so both hold the same version of every commitment before either saves. The store underneath is real.
/// </summary>
internal sealed class InterleavedLedger(ICommitmentStore store, Barrier bothListed) : ICommitmentStore
{
    public Task<Commitment> AddAsync(Commitment commitment, CancellationToken cancellationToken = default) => store.AddAsync(commitment, cancellationToken);

    public Task<bool> TrySaveAsync(Commitment commitment, CancellationToken cancellationToken = default) => store.TrySaveAsync(commitment, cancellationToken);

    public Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default) => store.GetAsync(id, cancellationToken);

    public async Task<IReadOnlyList<Commitment>> ListAsync(CommitmentQuery query, CancellationToken cancellationToken = default)
    {
        var listed = await store.ListAsync(query, cancellationToken);
        var together = await Task.Run(() => bothListed.SignalAndWait(TimeSpan.FromSeconds(10), cancellationToken), cancellationToken);
        return together ? listed : throw new TimeoutException("The other instance never listed the ledger.");
    }

    public Task<IReadOnlyList<Commitment>> ClaimDueAsync(CommitmentKind kind, DateTimeOffset now, string leaseOwner, TimeSpan lease, int max, CancellationToken cancellationToken = default) =>
        store.ClaimDueAsync(kind, now, leaseOwner, lease, max, cancellationToken);

    public Task<bool> TryCompleteAsync(string id, CommitmentStatus status, DateTimeOffset at, string completedBy, CancellationToken cancellationToken = default) =>
        store.TryCompleteAsync(id, status, at, completedBy, cancellationToken);

    public Task ReleaseLeaseAsync(string id, string leaseOwner, CancellationToken cancellationToken = default) => store.ReleaseLeaseAsync(id, leaseOwner, cancellationToken);

    public Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default) => store.DeleteByCustomerAsync(customerId, cancellationToken);

    public Task<int> DeleteByCaseAsync(string caseId, CancellationToken cancellationToken = default) => store.DeleteByCaseAsync(caseId, cancellationToken);
}
