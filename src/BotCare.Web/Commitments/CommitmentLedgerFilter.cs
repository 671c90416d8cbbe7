using BotCare.Cases;

namespace BotCare.Web;

/// <summary>The promises view's query string, read once: which status, which due times, whose.</summary>
public sealed record CommitmentLedgerFilter(CommitmentStatus? Status, string Due, string? Owner, string? Error)
{
    public const string Me = "me";
    public const string Soon = "soon";
    public const string Overdue = "overdue";
    public const string All = "all";

    /// <summary>Absent values mean open ones, any due time, anyone's; an unknown value is an error that says what is allowed.</summary>
    public static CommitmentLedgerFilter Parse(string? status, string? due, string? owner)
    {
        var statusText = status?.Trim().ToLowerInvariant();
        CommitmentStatus? parsed = statusText switch
        {
            null or "" or "open" => CommitmentStatus.Open,
            "kept" => CommitmentStatus.Kept,
            "broken" => CommitmentStatus.Broken,
            "cancelled" => CommitmentStatus.Cancelled,
            _ => null,
        };
        var dueText = string.IsNullOrWhiteSpace(due) ? All : due.Trim().ToLowerInvariant();
        var ownerText = string.IsNullOrWhiteSpace(owner) || string.Equals(owner.Trim(), All, StringComparison.OrdinalIgnoreCase) ? null : owner.Trim();
        if (ownerText is not null && string.Equals(ownerText, Me, StringComparison.OrdinalIgnoreCase))
        {
            ownerText = Me;
        }

        string? error = null;
        if (parsed is null && statusText != All)
        {
            error = "status must be open, kept, broken, cancelled or all.";
        }
        else if (dueText is not (Soon or Overdue or All))
        {
            error = "due must be soon, overdue or all.";
        }

        return new CommitmentLedgerFilter(parsed, dueText, ownerText, error);
    }

    /// <summary>The ledger query's upper bound on the due time, so the store does the narrowing.</summary>
    public DateTimeOffset? DueBefore(DateTimeOffset now, TimeSpan window) => Due switch
    {
        Soon => now + window,
        Overdue => now,
        _ => null,
    };

    /// <summary>"Soon" leaves out what is already overdue, which has a view of its own.</summary>
    public bool Keeps(Commitment commitment, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        return Due != Soon || commitment.DueAt > now;
    }
}
