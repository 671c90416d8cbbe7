namespace BotCare.Recognizers.Text;

/// <summary>Turns overlapping candidates into the non-overlapping, start-ordered list every model returns.</summary>
internal static class SpanSelector
{
    /// <summary>Past this many candidates an insertion sort stops being the cheap choice.</summary>
    private const int FewCandidates = 32;

    /// <summary>Keeps the longest candidates first; on equal length the earlier one wins.</summary>
    public static List<TextSpan<T>> Longest<T>(IEnumerable<TextSpan<T>> candidates)
    {
        var sorted = new List<TextSpan<T>>(candidates);
        if (sorted.Count > FewCandidates)
        {
            return Select(sorted.OrderByDescending(c => c.Length).ThenBy(c => c.Start));
        }

        // A message has a handful of candidates: sort them in place, stably (equal spans keep their order, as
        // the LINQ sort above keeps them), without the allocations of an ordered enumerable.
        for (var i = 1; i < sorted.Count; i++)
        {
            var candidate = sorted[i];
            var at = i;
            while (at > 0 && IsPreferred(candidate, sorted[at - 1]))
            {
                sorted[at] = sorted[at - 1];
                at--;
            }

            sorted[at] = candidate;
        }

        return Select(sorted);
    }

    /// <summary>Keeps candidates in the given preference order, dropping any that overlap one already kept.</summary>
    public static List<TextSpan<T>> Select<T>(IEnumerable<TextSpan<T>> preferred)
    {
        // Kept spans never overlap, so sorted by start they are also sorted by end: a new candidate can only
        // collide with its two neighbours, found by binary search.
        var kept = new List<TextSpan<T>>();
        foreach (var candidate in preferred)
        {
            if (candidate.Length <= 0)
            {
                continue;
            }

            var index = LowerBound(kept, candidate.Start);
            var clashesBefore = index > 0 && kept[index - 1].End > candidate.Start;
            var clashesAfter = index < kept.Count && kept[index].Start < candidate.End;
            if (!clashesBefore && !clashesAfter)
            {
                kept.Insert(index, candidate);
            }
        }

        return kept;
    }

    public static ModelResult ToResult<T>(
        string text,
        TextSpan<T> span,
        string typeName,
        IReadOnlyDictionary<string, object?> resolution) =>
        new(text[span.Start..span.End], span.Start, span.End - 1, typeName, resolution);

    private static bool IsPreferred<T>(TextSpan<T> candidate, TextSpan<T> other) =>
        candidate.Length > other.Length || (candidate.Length == other.Length && candidate.Start < other.Start);

    /// <summary>The first index whose span starts at or after <paramref name="start"/>.</summary>
    private static int LowerBound<T>(List<TextSpan<T>> kept, int start)
    {
        int low = 0, high = kept.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (kept[middle].Start < start)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
