namespace BotCare.Cases;

/// <summary>
/// Time to resolution, in hours: from the case's creation to its first remedy action, or to its close when that came
/// first or nothing was done. Cases with neither yet are not counted. The median is the middle time (the mean of the
/// two middle ones for an even count); p90 is the nearest-rank 90th percentile (the time at rank ⌈0.9 n⌉).
/// </summary>
public sealed record ResolutionFigures(int Resolved, double? MedianHours, double? P90Hours);
