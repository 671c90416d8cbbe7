namespace BotCare.Cases;

/// <summary>
/// Satisfaction (CSAT, 1 to 5) from the follow-ups. A case was asked when a follow-up was sent for it (or it has a
/// score); the response rate is cases with a score over cases asked. The distribution counts scores 1 to 5 (index 0
/// is score 1); the average is the mean score; the trend is the mean per ISO week the cases were created in.
/// </summary>
public sealed record CsatFigures(
    int Asked,
    int Responses,
    double? ResponseRate,
    double? Average,
    IReadOnlyList<int> Distribution,
    IReadOnlyList<WeeklyAverage> Trend);
