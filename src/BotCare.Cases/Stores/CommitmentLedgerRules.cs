namespace BotCare.Cases;

/// <summary>
/// The rules every <see cref="ICommitmentStore"/> applies to a stored commitment, each store inside its own atomic
/// step: which commitments a scheduler may claim, what a lease, a completion and a release change. The stores only
/// find rows and keep the step atomic.
/// </summary>
public static class CommitmentLedgerRules
{
    /// <summary>Open, of <paramref name="kind"/>, due by <paramref name="now"/>, and no lease running.</summary>
    public static bool IsClaimable(Commitment commitment, CommitmentKind kind, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return commitment.Status == CommitmentStatus.Open && commitment.Kind == kind && commitment.DueAt <= now
            && (commitment.LeaseUntil is null || commitment.LeaseUntil <= now);
    }

    public static void Lease(Commitment commitment, string leaseOwner, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        commitment.LeaseOwner = leaseOwner;
        commitment.LeaseUntil = until;
        commitment.Version++;
    }

    /// <summary>
    /// Refuses <see cref="CommitmentStatus.Open"/> as a final status. Stores call it before they look for the row, so a
    /// wrong call fails at once, the same way whether or not the commitment exists.
    /// </summary>
    public static void EnsureFinal(CommitmentStatus status)
    {
        if (status == CommitmentStatus.Open)
        {
            throw new ArgumentException("A commitment is completed as kept, broken or cancelled, not open.", nameof(status));
        }
    }

    /// <summary>Sets the final status when the commitment is still open; false otherwise.</summary>
    public static bool TryComplete(Commitment commitment, CommitmentStatus status, DateTimeOffset at, string completedBy)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        EnsureFinal(status);

        if (commitment.Status != CommitmentStatus.Open)
        {
            return false;
        }

        commitment.Status = status;
        commitment.CompletedAt = at;
        commitment.CompletedBy = completedBy;
        commitment.LeaseOwner = null;
        commitment.LeaseUntil = null;
        commitment.Version++;
        return true;
    }

    /// <summary>Frees the lease when <paramref name="leaseOwner"/> holds it; false otherwise.</summary>
    public static bool TryReleaseLease(Commitment commitment, string leaseOwner)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        if (commitment.LeaseOwner != leaseOwner)
        {
            return false;
        }

        commitment.LeaseOwner = null;
        commitment.LeaseUntil = null;
        commitment.Version++;
        return true;
    }

    /// <summary>A deep copy, so stores never share an object with their callers.</summary>
    public static Commitment Copy(Commitment commitment) =>
        System.Text.Json.JsonSerializer.Deserialize<Commitment>(System.Text.Json.JsonSerializer.Serialize(commitment, CaseJson.Options), CaseJson.Options)!;
}
