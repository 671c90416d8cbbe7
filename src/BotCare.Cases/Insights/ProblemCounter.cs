namespace BotCare.Cases;

/// <summary>Counts problems by category, product and root cause, in all and per ISO week of the case's creation.</summary>
internal static class ProblemCounter
{
    public static ProblemFigures Count(List<Case> cases, IReadOnlyList<IsoWeek> weeks)
    {
        var index = weeks.Select((w, i) => (w.Label, i)).ToDictionary(w => w.Label, w => w.i, StringComparer.Ordinal);
        var issues = cases.SelectMany(c => c.Issues.Select(issue => (Week: WeekOf(c), Issue: issue))).ToList();
        var byCategory = Groups(issues.Select(i => (i.Week, Name: i.Issue.Category.ToString())), index);
        var byProduct = Groups(issues.Where(i => !string.IsNullOrWhiteSpace(i.Issue.Product)).Select(i => (i.Week, Name: i.Issue.Product!.Trim())), index);
        var byRootCause = Groups(cases.Where(c => !string.IsNullOrWhiteSpace(c.RootCause)).Select(c => (Week: WeekOf(c), Name: c.RootCause!.Trim())), index);
        return new ProblemFigures(issues.Count, byCategory, byProduct, byRootCause, cases.Count(c => string.IsNullOrWhiteSpace(c.RootCause)));
    }

    private static string WeekOf(Case @case) => IsoWeek.Of(@case.CreatedAt).Label;

    /// <summary>Names that differ only in case and spacing ("Kettle X2", "kettle  x2") are one group.</summary>
    private static List<CountedGroup> Groups(IEnumerable<(string Week, string Name)> problems, Dictionary<string, int> weekIndex) => problems
        .GroupBy(p => Key(p.Name), StringComparer.Ordinal)
        .Select(group =>
        {
            var perWeek = new int[weekIndex.Count];
            foreach (var (week, _) in group)
            {
                if (weekIndex.TryGetValue(week, out var i))
                {
                    perWeek[i]++;
                }
            }

            return new CountedGroup(group.Key, Spelling.MostFrequent(group.Select(p => p.Name)), group.Count(), perWeek);
        })
        .OrderByDescending(g => g.Count).ThenBy(g => g.Label, StringComparer.OrdinalIgnoreCase)
        .ToList();

    private static string Key(string name) => string.Join(' ', name.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
