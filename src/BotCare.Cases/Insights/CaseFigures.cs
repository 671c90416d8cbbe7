namespace BotCare.Cases;

/// <summary>The per-case facts the insights are built from, shared by the report and the CSV export so both agree.</summary>
public static class CaseFigures
{
    public static bool IsEscalated(Case @case) => Ensure(@case).Escalations.Count > 0;

    /// <summary>Resolved without a person: resolved or closed, and never escalated.</summary>
    public static bool IsContained(Case @case) =>
        !IsEscalated(@case) && @case.Status is CaseStatus.Resolved or CaseStatus.Closed;

    public static bool IsRecontact(Case @case) => Ensure(@case).LinkedCaseIds.Count > 0;

    /// <summary>When the case was resolved: its first remedy action, or its close when that was earlier or nothing was done.</summary>
    public static DateTimeOffset? ResolvedAt(Case @case)
    {
        var firstAction = Ensure(@case).Actions.Count > 0 ? @case.Actions.Min(a => a.At) : (DateTimeOffset?)null;
        return (firstAction, @case.ClosedAt) switch
        {
            ({ } action, { } closed) => action <= closed ? action : closed,
            ({ } action, null) => action,
            (null, { } closed) => closed,
            _ => null,
        };
    }

    /// <summary>Hours from creation to <see cref="ResolvedAt"/>; null while unresolved, never negative.</summary>
    public static double? ResolutionHours(Case @case) =>
        ResolvedAt(@case) is { } resolved ? Math.Max(0, (resolved - @case.CreatedAt).TotalHours) : null;

    /// <summary>The main problem's category (the first issue's), General when the case has no issue.</summary>
    public static IssueCategory MainCategory(Case @case) =>
        Ensure(@case).Issues.Count > 0 ? @case.Issues[0].Category : IssueCategory.General;

    /// <summary>A satisfaction score the report counts: 1 to 5; anything else is ignored.</summary>
    public static int? Score(Case @case) => Ensure(@case).Csat is { Score: >= 1 and <= 5 } csat ? csat.Score : null;

    /// <summary>Asked for satisfaction: a follow-up was sent, or a score came in anyway.</summary>
    public static bool WasAskedForCsat(Case @case) => Ensure(@case).FollowUps.Count > 0 || @case.Csat is not null;

    private static Case Ensure(Case @case) => @case ?? throw new ArgumentNullException(nameof(@case));
}
