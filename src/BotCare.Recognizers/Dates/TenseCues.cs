using System.Collections.Frozen;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>
/// Guesses from the clause around a date whether it lies in the past or the future.
/// </summary>
/// <remarks>
/// Auxiliaries and modals decide first, nearest one wins ("it <b>was</b> supposed to arrive by Friday" is past,
/// "it <b>should</b> arrive Friday" is future, "it <b>should have</b> arrived" is past). Without one, the nearest
/// past-tense verb or preposition decides ("ordered", "since" → past; "by", "until", "before" → future).
/// Only the clause counts: a sentence end or ";" stops the search.
/// </remarks>
internal static class TenseCues
{
    private const int Window = 10;

    private static readonly FrozenSet<string> FutureAuxiliaries = FrozenSet.ToFrozenSet(
        ["will", "wont", "shall", "gonna", "can", "could", "would", "should", "must", "might", "need", "needs",
         "want", "wants", "expect", "expecting", "hope", "hoping", "please", "lets", "schedule", "going"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastAuxiliaries = FrozenSet.ToFrozenSet(
        ["was", "were", "wasnt", "werent", "did", "didnt", "had", "hadnt", "shouldve", "couldve", "wouldve", "mustve"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> PastWords = FrozenSet.ToFrozenSet(
        ["ordered", "paid", "bought", "purchased", "received", "got", "arrived", "came", "called", "emailed", "contacted",
         "returned", "shipped", "sent", "delivered", "placed", "charged", "told", "said", "promised", "happened",
         "started", "stopped", "broke", "refunded", "cancelled", "canceled", "billed", "tried", "spoke", "opened",
         "complained", "booked", "reported", "since", "ago", "last", "yesterday", "messaged", "chatted", "asked"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> FutureWords = FrozenSet.ToFrozenSet(
        ["by", "until", "till", "til", "before", "next", "coming", "upcoming", "tomorrow", "deliver", "arrive", "ship",
         "send", "come", "call", "refund", "pick"],
        StringComparer.Ordinal);

    public static Tense Detect(string text, int start, int end)
    {
        var windowStart = TextWindow.StartBefore(text, start, 100);
        var clauseStart = windowStart + text.AsSpan(windowStart, start - windowStart).LastIndexOfAny(".!?;\n") + 1;
        var before = Words(text, clauseStart, start);
        before.Reverse();
        var windowEnd = TextWindow.EndAfter(text, end, 100);
        var after = text.AsSpan(end, windowEnd - end).IndexOfAny(".!?;\n");
        var following = Words(text, end, after < 0 ? windowEnd : end + after);

        return Auxiliary(before) is var tense and not Tense.None ? tense
            : Lexical(before) is var lexical and not Tense.None ? lexical
            : Auxiliary(following);
    }

    private static Tense Auxiliary(List<(string Word, string Raw)> words)
    {
        for (var i = 0; i < Math.Min(words.Count, Window); i++)
        {
            var (word, raw) = words[i];
            if (PastAuxiliaries.Contains(word))
            {
                return Tense.Past;
            }

            // "should have", "could have" look back from the words that follow them; in reverse order that is i-1.
            var perfect = i > 0 && words[i - 1].Word is "have" or "ve";
            if (FutureAuxiliaries.Contains(word) || raw.EndsWith("'ll", StringComparison.OrdinalIgnoreCase)
                || raw.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase))
            {
                return perfect && word is "could" or "would" or "should" or "must" or "might" ? Tense.Past : Tense.Future;
            }
        }

        return Tense.None;
    }

    private static Tense Lexical(List<(string Word, string Raw)> words)
    {
        for (var i = 0; i < Math.Min(words.Count, Window); i++)
        {
            if (PastWords.Contains(words[i].Word))
            {
                return Tense.Past;
            }

            if (FutureWords.Contains(words[i].Word))
            {
                return Tense.Future;
            }
        }

        return Tense.None;
    }

    private static List<(string Word, string Raw)> Words(string text, int from, int to) =>
        to <= from ? [] : Tokenizer.Tokenize(text[from..to]).Where(t => t.IsWord)
            .Select(t => (t.Normal, text.Substring(from + t.Start, t.Length))).ToList();
}
