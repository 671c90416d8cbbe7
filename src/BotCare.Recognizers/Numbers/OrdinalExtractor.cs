using System.Collections.Frozen;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Numbers;

/// <summary>
/// Ordinals: "first", "3rd", "twenty-third", and positions from the end: "last", "second to last", "penultimate".
/// </summary>
internal static class OrdinalExtractor
{
    /// <summary>After these, "last" tells time ("last week", "last Friday") rather than a position.</summary>
    private static readonly FrozenSet<string> TimeWords = FrozenSet.ToFrozenSet(
    [
        "night", "week", "weekend", "month", "year", "time", "times", "minute", "hour", "day", "days", "weeks",
        "months", "years", "few", "couple", "several", "summer", "winter", "spring", "fall", "autumn", "christmas",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ], StringComparer.Ordinal);

    /// <summary>Before these, "last" is the verb: "it didn't last", "will it last".</summary>
    private static readonly FrozenSet<string> VerbCues = FrozenSet.ToFrozenSet(
    [
        "at", "to", "will", "didnt", "doesnt", "dont", "wont", "not", "would", "should", "could", "can", "cant",
        "might", "may", "does", "did", "do", "itll", "it", "they", "batteries", "battery",
    ], StringComparer.Ordinal);

    /// <summary>Before "second", a unit of time: "a second", "one second", "per second".</summary>
    private static readonly FrozenSet<string> TimeOfSecondCues = FrozenSet.ToFrozenSet(
        ["a", "one", "per", "each", "every", "split", "just"], StringComparer.Ordinal);

    public static List<TextSpan<OrdinalValue>> Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var chain = new TokenChain(text, tokens);
        var candidates = new List<TextSpan<OrdinalValue>>();
        candidates.AddRange(DigitNumbers.FindOrdinals(text).Select(d => new TextSpan<OrdinalValue>(d.Start, d.End, new((long)d.Value, false))));
        candidates.AddRange(WordNumbers.Find(text, tokens)
            .Where(w => w.Value.IsOrdinal && !IsFalseOrdinal(chain, w.Value))
            .Select(w => new TextSpan<OrdinalValue>(w.Start, w.End, new((long)w.Value.Value, false))));
        for (var i = 0; i < tokens.Count; i++)
        {
            if (RelativeOrdinal(chain, i) is { } relative)
            {
                candidates.Add(relative);
            }
        }

        return SpanSelector.Longest(candidates);
    }

    private static bool IsFalseOrdinal(TokenChain chain, WordNumber number)
    {
        var word = chain.Word(number.LastToken);
        var previous = PreviousWord(chain, number.FirstToken);
        return word switch
        {
            "second" when number.FirstToken == number.LastToken =>
                TimeOfSecondCues.Contains(previous) || (previous.Length > 0 && char.IsAsciiDigit(previous[0]))
                || chain.NextWord(number.LastToken) == "hand",
            "first" => chain.NextWord(number.LastToken) == "of" && chain.NextWord(chain.Next(number.LastToken)) == "all",
            _ => false,
        };
    }

    private static TextSpan<OrdinalValue>? RelativeOrdinal(TokenChain chain, int index)
    {
        var start = chain.Tokens[index].Start;
        var word = chain.Word(index);
        if (word == "penultimate")
        {
            return At(chain, start, index, 1);
        }

        if (word == "antepenultimate")
        {
            return At(chain, start, index, 2);
        }

        // "second to last", "third from last", "second last", "next to last".
        var next = chain.Next(index);
        var stepsBack = word == "next" ? 1 : NumberWords.TryGet(word, out var w) && w.IsOrdinal && w.Value > 1 ? w.Value - 1 : 0;
        if (stepsBack > 0)
        {
            var afterLink = chain.NextWord(next) is "last" or "end" && chain.Word(next) is "to" or "from" ? chain.Next(next) : -1;
            if (chain.Word(afterLink) == "last" || (afterLink < 0 && word != "next" && chain.Word(next) == "last"))
            {
                return At(chain, start, afterLink >= 0 ? afterLink : next, stepsBack);
            }
        }

        if (word != "last" || IsTimeOrVerbLast(chain, index) || IsCompound(chain, index))
        {
            return null;
        }

        // "last but one" is the one before the last.
        var but = chain.Next(index);
        return chain.Word(but) == "but" && chain.NextWord(but) == "one"
            ? At(chain, start, chain.Next(but), 1)
            : At(chain, start, index, 0);
    }

    private static bool IsTimeOrVerbLast(TokenChain chain, int index)
    {
        var next = chain.NextWord(index);
        var countsTime = (NumberWords.IsCardinal(next) && next != "one") || (next.Length > 0 && char.IsAsciiDigit(next[0]));
        return TimeWords.Contains(next) || countsTime || VerbCues.Contains(PreviousWord(chain, index));
    }

    /// <summary>"last-minute", "last-ditch": a hyphenated adjective, not a position.</summary>
    private static bool IsCompound(TokenChain chain, int index) =>
        index + 1 < chain.Tokens.Count && chain.Tokens[index + 1].Normal == "-" && chain.Tokens[index + 1].Start == chain.Tokens[index].End;

    private static string PreviousWord(TokenChain chain, int index) =>
        index > 0 && chain.Tokens[index - 1].IsWord ? chain.Tokens[index - 1].Normal : string.Empty;

    private static TextSpan<OrdinalValue> At(TokenChain chain, int start, int lastToken, long stepsBack) =>
        new(start, chain.Tokens[lastToken].End, new OrdinalValue(-stepsBack, true));
}
