namespace BotCare.Cases;

/// <summary>
/// Promises made in the period's cases, as the commitment ledger has them. Kept on time: kept with its completion at
/// or before the due time; kept late: after it; broken: marked broken; open overdue: still open past the due time at
/// the report's time; open on track: still open, not yet due. Cancelled ones are not counted. The on-time rate is kept
/// on time over everything already decided or overdue (kept on time, kept late, broken, open overdue).
/// </summary>
public sealed record CommitmentFigures(int KeptOnTime, int KeptLate, int Broken, int OpenOverdue, int OpenOnTrack, double? OnTimeRate);
