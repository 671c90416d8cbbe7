namespace BotCare.Cases;

/// <summary>
/// Recurring problems. Each issue of a case is one problem, counted under its category and, when the customer named
/// one, its product; each case with a root cause (set by an agent) counts once under it. Weeks are the ISO weeks the
/// cases were created in.
/// </summary>
/// <param name="Issues">Problems (issues) in the period.</param>
/// <param name="ByCategory">Issues by category, most frequent first.</param>
/// <param name="ByProduct">Issues by product, names compared ignoring case and spacing.</param>
/// <param name="ByRootCause">Cases by root cause, compared the same way.</param>
/// <param name="WithoutRootCause">Cases no agent has given a root cause yet.</param>
public sealed record ProblemFigures(
    int Issues,
    IReadOnlyList<CountedGroup> ByCategory,
    IReadOnlyList<CountedGroup> ByProduct,
    IReadOnlyList<CountedGroup> ByRootCause,
    int WithoutRootCause);
