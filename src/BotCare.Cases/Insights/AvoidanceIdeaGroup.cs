namespace BotCare.Cases;

/// <summary>The avoidance ideas of the cases whose main problem (their first issue) was of one category, most frequent first.</summary>
public sealed record AvoidanceIdeaGroup(IssueCategory Category, int Count, IReadOnlyList<AvoidanceIdeaCount> Ideas);
