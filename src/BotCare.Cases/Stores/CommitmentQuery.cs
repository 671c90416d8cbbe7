namespace BotCare.Cases;

/// <summary>A filter over the commitment ledger; results are ordered by due time, earliest first.</summary>
public sealed record CommitmentQuery
{
    public CommitmentStatus? Status { get; init; }

    public CommitmentKind? Kind { get; init; }

    public string? CaseId { get; init; }

    public string? CustomerId { get; init; }

    public string? Owner { get; init; }

    /// <summary>Only commitments due at or before this time.</summary>
    public DateTimeOffset? DueBefore { get; init; }

    public int Limit { get; init; } = 200;

    public bool Matches(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return (Status is null || commitment.Status == Status)
            && (Kind is null || commitment.Kind == Kind)
            && (CaseId is null || commitment.CaseId == CaseId)
            && (CustomerId is null || commitment.CustomerId == CustomerId)
            && (Owner is null || commitment.Owner == Owner)
            && (DueBefore is null || commitment.DueAt <= DueBefore);
    }
}
