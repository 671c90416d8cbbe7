using BotCare.Recognizers.Choices;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers;

/// <summary>Finds which of a prompt's choices an utterance names, as the Bot Framework's ChoicePrompt does.</summary>
public static class ChoiceMatcher
{
    /// <summary>
    /// Matches choice values and synonyms as word sequences inside the utterance: case, accent and typo tolerant.
    /// Resolution: <c>{"value": "Replacement", "index": 1, "score": 0.91, "synonym": "replacement"}</c>.
    /// </summary>
    /// <remarks>
    /// Each choice is reported at most once, at its best match. Overlapping matches go to the higher score;
    /// on equal scores the match covering more words wins ("partial refund" over "refund"), then the earlier
    /// choice. Only when no choice is named does an ordinal or a bare number pick one by position; then the
    /// score is 1 and "synonym" is the ordinal or number as written.
    /// </remarks>
    public static IReadOnlyList<ModelResult> FindChoices(
        string utterance, IReadOnlyList<ChoiceCandidate> choices, ChoiceMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utterance);
        ArgumentNullException.ThrowIfNull(choices);
        options ??= ChoiceMatchOptions.Default;

        var words = Tokenizer.Tokenize(utterance).Where(t => t.IsWord).ToList();
        var normals = words.Select(w => w.Normal).ToList();
        var hits = new List<ChoiceHit>();
        for (var index = 0; index < choices.Count; index++)
        {
            if (BestHit(words, normals, choices[index], index, options) is { } hit)
            {
                hits.Add(hit);
            }
        }

        if (hits.Count == 0)
        {
            hits = PositionalChoices.Find(utterance, choices.Count, options);
        }

        return SpanSelector
            .Select(hits
                .OrderByDescending(h => h.Score)
                .ThenByDescending(h => h.MatchedWords)
                .ThenBy(h => h.Index)
                .Select(h => new TextSpan<ChoiceHit>(h.Start, h.End, h)))
            .Select(span => SpanSelector.ToResult(utterance, span, "choice", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["value"] = choices[span.Value.Index].Value,
                ["index"] = span.Value.Index,
                ["score"] = span.Value.Score,
                ["synonym"] = span.Value.Synonym,
            }))
            .ToList();
    }

    private static ChoiceHit? BestHit(List<Token> words, List<string> normals, ChoiceCandidate choice, int index, ChoiceMatchOptions options)
    {
        ChoiceHit? best = null;
        foreach (var phrase in (IEnumerable<string>)[choice.Value, .. choice.Synonyms ?? []])
        {
            var phraseWords = Tokenizer.Tokenize(phrase).Where(t => t.IsWord).Select(t => t.Normal).ToList();
            if (PhraseMatcher.Find(normals, phraseWords, options) is not { } match || match.Score < options.MinScore)
            {
                continue;
            }

            var isBetter = best is null || match.Score > best.Score
                || (match.Score.Equals(best.Score) && match.MatchedWords > best.MatchedWords);
            if (isBetter)
            {
                best = new ChoiceHit(index, phrase, words[match.FirstWord].Start, words[match.LastWord].End, match.Score, match.MatchedWords);
            }
        }

        return best;
    }
}
