namespace BotCare.Recognizers.Choices;

/// <summary>Damerau-Levenshtein distance (optimal string alignment): a swapped pair of letters costs one edit.</summary>
internal static class EditDistance
{
    /// <summary>The distance between two words, or <paramref name="limit"/> + 1 once it is known to exceed it.</summary>
    public static int Compute(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previousPrevious = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    best = Math.Min(best, previousPrevious[j - 2] + 1);
                }

                current[j] = best;
                rowMinimum = Math.Min(rowMinimum, best);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            (previousPrevious, previous, current) = (previous, current, previousPrevious);
        }

        return previous[b.Length];
    }

    /// <summary>Typos allowed for a word of this length: none up to 4 letters, one up to 8, then two.</summary>
    public static int AllowedTypos(int length) => length switch
    {
        <= 4 => 0,
        <= 8 => 1,
        _ => 2,
    };
}
