namespace BotCare.Web;

/// <summary>
/// <c>Commitments</c> in appsettings.json: how long before its due time an open promise or callback is flagged to the
/// agents as at risk, and how often the ledger is looked at for them.
/// </summary>
public sealed class CommitmentOptions
{
    public const string Section = "Commitments";

    /// <summary>Promises and callbacks due within this much time (or already overdue) are flagged, once each.</summary>
    public TimeSpan AtRiskBefore { get; set; } = TimeSpan.FromHours(2);

    public int CheckEverySeconds { get; set; } = 60;

    /// <summary>
    /// The most commitments of one kind read per check. Overdue ones that nobody completes stay open and are read
    /// again each time, so this bounds the work rather than the ledger.
    /// </summary>
    public int ScanLimit { get; set; } = 1000;
}
