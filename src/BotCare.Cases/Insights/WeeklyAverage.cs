namespace BotCare.Cases;

/// <summary>The satisfaction scores of the cases created in one week: how many and their mean (null with none).</summary>
public sealed record WeeklyAverage(string Week, int Responses, double? Average);
