using System.Collections.Frozen;

namespace BotCare.Recognizers.Choices;

/// <summary>
/// Finds a choice phrase as an in-order run of words inside the utterance, tolerating small gaps and typos.
/// </summary>
/// <remarks>
/// The score multiplies three things: completeness (share of the phrase's content words found), accuracy
/// (found words over found words plus the words skipped between them) and similarity (1 for exact words,
/// less for typos). Function words of a phrase ("talk to <b>an</b> agent") may be left out without cost.
/// </remarks>
internal static class PhraseMatcher
{
    private static readonly FrozenSet<string> StopWords = FrozenSet.ToFrozenSet(
        ["a", "an", "the", "to", "of", "for", "my", "me", "i", "please", "and", "or", "with", "on", "in", "at", "by", "it", "is", "be"],
        StringComparer.Ordinal);

    public static PhraseMatch? Find(IReadOnlyList<string> utterance, IReadOnlyList<string> phrase, ChoiceMatchOptions options)
    {
        if (phrase.Count == 0)
        {
            return null;
        }

        var required = phrase.Select(w => !StopWords.Contains(w)).ToArray();
        if (!required.Contains(true))
        {
            Array.Fill(required, true);
        }

        PhraseMatch? best = null;
        for (var start = 0; start < utterance.Count; start++)
        {
            for (var first = 0; first < phrase.Count; first++)
            {
                var match = MatchFrom(utterance, phrase, required, start, first, options);
                if (match is { } m && (best is null || m.Score > best.Value.Score))
                {
                    best = m;
                }
            }
        }

        return best;
    }

    private static PhraseMatch? MatchFrom(
        IReadOnlyList<string> utterance, IReadOnlyList<string> phrase, bool[] required, int start, int first, ChoiceMatchOptions options)
    {
        var firstSimilarity = Similarity(utterance[start], phrase[first], options.AllowFuzzyMatches);
        if (firstSimilarity == 0 || !required[first])
        {
            return null;
        }

        var requiredCount = required.Count(r => r);
        var foundRequired = 1;
        var found = 1;
        var similarity = firstSimilarity;
        var deviation = 0;
        var next = start + 1;
        var last = start;
        for (var p = first + 1; p < phrase.Count; p++)
        {
            var (position, wordSimilarity) = Search(utterance, phrase[p], next, options);
            if (position < 0)
            {
                continue;
            }

            deviation += position - next;
            similarity += wordSimilarity;
            found++;
            foundRequired += required[p] ? 1 : 0;
            next = position + 1;
            last = position;
        }

        var completeness = (double)foundRequired / requiredCount;
        if (completeness < 1 && !options.AllowPartialMatches)
        {
            return null;
        }

        var accuracy = (double)found / (found + deviation);
        var score = Math.Round(completeness * accuracy * (similarity / found), 4);
        return new PhraseMatch(start, last, score, found);
    }

    private static (int Position, double Score) Search(IReadOnlyList<string> utterance, string word, int from, ChoiceMatchOptions options)
    {
        var to = Math.Min(utterance.Count - 1, from + options.MaxTokenDistance);
        for (var i = from; i <= to; i++)
        {
            var score = Similarity(utterance[i], word, options.AllowFuzzyMatches);
            if (score > 0)
            {
                return (i, score);
            }
        }

        return (-1, 0);
    }

    /// <summary>1 for the same word; for a typo of the same first letter, 1 − edits / length; otherwise 0.</summary>
    public static double Similarity(string said, string expected, bool fuzzy)
    {
        if (string.Equals(said, expected, StringComparison.Ordinal))
        {
            return 1;
        }

        var allowed = EditDistance.AllowedTypos(expected.Length);
        if (!fuzzy || allowed == 0 || said.Length < 4 || said[0] != expected[0])
        {
            return 0;
        }

        var distance = EditDistance.Compute(said, expected, allowed);
        return distance > allowed ? 0 : 1 - ((double)distance / Math.Max(said.Length, expected.Length));
    }
}
