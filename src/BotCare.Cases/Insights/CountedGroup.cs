namespace BotCare.Cases;

/// <summary>How many problems fell under one category, product or root cause, in all and in each week of the period.</summary>
/// <param name="Key">What the group is matched by (the normalized name).</param>
/// <param name="Label">The name as people wrote it most often.</param>
/// <param name="Count">Problems in the whole period.</param>
/// <param name="PerWeek">Problems in each of the report's weeks, in the order of <see cref="InsightsReport.Weeks"/>.</param>
public sealed record CountedGroup(string Key, string Label, int Count, IReadOnlyList<int> PerWeek);
