namespace BotCare.Cases;

/// <summary>
/// Every figure of the insights dashboard for one period, computed from the cases created in it (and the ledger's
/// commitments of those cases) by <see cref="InsightsCalculator"/>. Rates are fractions (0.25 is 25%), null when
/// there is nothing to divide by.
/// </summary>
/// <param name="From">The period's first day (UTC).</param>
/// <param name="To">The period's last day, included.</param>
/// <param name="ComputedAt">When the report was made; open commitments due before it are overdue.</param>
/// <param name="Weeks">The ISO weeks the period touches (<c>2026-W49</c>), the x axis of every trend.</param>
/// <param name="Cases">Cases created in the period.</param>
/// <param name="Contained">Cases resolved or closed without ever being escalated to a person.</param>
/// <param name="ContainmentRate">Contained cases over all cases of the period (open ones are not contained yet).</param>
/// <param name="Recontacts">Cases linked to an earlier case: the customer came back about the same order.</param>
/// <param name="RecontactRate">Recontacts over all cases of the period.</param>
/// <param name="Problems">Recurring problems by category, product and root cause.</param>
/// <param name="Escalations">Escalation rate and reasons.</param>
/// <param name="Csat">Satisfaction scores.</param>
/// <param name="Resolution">Time to resolution.</param>
/// <param name="RemedyCosts">What was done and what it cost, by remedy type, the most frequent first.</param>
/// <param name="Commitments">Promises kept on time, late, broken or overdue.</param>
/// <param name="AvoidanceIdeas">The customers' ideas of how it could have been avoided, grouped.</param>
public sealed record InsightsReport(
    DateOnly From,
    DateOnly To,
    DateTimeOffset ComputedAt,
    IReadOnlyList<string> Weeks,
    int Cases,
    int Contained,
    double? ContainmentRate,
    int Recontacts,
    double? RecontactRate,
    ProblemFigures Problems,
    EscalationFigures Escalations,
    CsatFigures Csat,
    ResolutionFigures Resolution,
    IReadOnlyList<RemedyCostLine> RemedyCosts,
    CommitmentFigures Commitments,
    IReadOnlyList<AvoidanceIdeaGroup> AvoidanceIdeas);
