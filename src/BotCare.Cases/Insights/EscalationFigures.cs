namespace BotCare.Cases;

/// <summary>
/// Escalations to a person. A case is escalated when it has at least one escalation; the rate is escalated cases over
/// all cases. Each reason counts the cases escalated for it at least once (a case escalated for two reasons counts
/// under both), most frequent first.
/// </summary>
public sealed record EscalationFigures(int Escalated, double? Rate, IReadOnlyList<NamedCount> Reasons);
