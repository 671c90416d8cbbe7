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
        var tense = Auxiliary(text, before);
        if (tense == Tense.None)
        {
            tense = Lexical(before);
        }

        if (tense != Tense.None)
        {
            return tense;
        }

        // The words after are read only when those before settle nothing.
        var windowEnd = TextWindow.EndAfter(text, end, 100);
        var after = text.AsSpan(end, windowEnd - end).IndexOfAny(".!?;\n");
        return Auxiliary(text, Words(text, end, after < 0 ? windowEnd : end + after));
    }

    private static Tense Auxiliary(string text, List<Token> words)
    {
        for (var i = 0; i < Math.Min(words.Count, Window); i++)
        {
            var word = words[i].Normal;
            if (PastAuxiliaries.Contains(word))
            {
                return Tense.Past;
            }

            // "should have", "could have" look back from the words that follow them; in reverse order that is i-1.
            var perfect = i > 0 && words[i - 1].Normal is "have" or "ve";
            var raw = text.AsSpan(words[i].Start, words[i].Length);
            if (FutureAuxiliaries.Contains(word) || raw.EndsWith("'ll", StringComparison.OrdinalIgnoreCase)
                || raw.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase))
            {
                return perfect && word is "could" or "would" or "should" or "must" or "might" ? Tense.Past : Tense.Future;
            }
        }

        return Tense.None;
    }

    private static Tense Lexical(List<Token> words)
    {
        for (var i = 0; i < Math.Min(words.Count, Window); i++)
        {
            if (PastWords.Contains(words[i].Normal))
            {
                return Tense.Past;
            }

            if (FutureWords.Contains(words[i].Normal))
            {
                return Tense.Future;
            }
        }

        return Tense.None;
    }

    /// <summary>The words of <c>text[from..to]</c>, read in place rather than from a copy of that stretch.</summary>
    private static List<Token> Words(string text, int from, int to)
    {
        if (to <= from)
        {
            return [];
        }

        var tokens = Tokenizer.Tokenize(text, from, to);
        tokens.RemoveAll(t => !t.IsWord);
        return tokens;
    }
}
