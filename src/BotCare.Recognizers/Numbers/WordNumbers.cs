using System.Collections.Frozen;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Numbers;

/// <summary>Finds every spelled-out number in a text, cardinal or ordinal.</summary>
internal static class WordNumbers
{
    /// <summary>Words after which "one" is a pronoun: "this one", "the other one", "the last one".</summary>
    private static readonly FrozenSet<string> PronounDeterminers = FrozenSet.ToFrozenSet(
    [
        "this", "that", "the", "which", "each", "every", "any", "no", "another", "other", "same", "whichever",
        "either", "neither", "last", "next", "new", "old", "right", "wrong", "correct", "previous",
        "original", "cheaper", "better", "bigger", "smaller", "blue", "red", "black", "white", "green", "little",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Articles = FrozenSet.ToFrozenSet(
        ["the", "this", "that", "these", "those", "a", "an", "another", "which", "my", "your"], StringComparer.Ordinal);

    public static IEnumerable<TextSpan<WordNumber>> Find(string text, IReadOnlyList<Token> tokens)
    {
        var chain = new TokenChain(text, tokens);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord || WordNumberParser.Parse(chain, i) is not { } number)
            {
                continue;
            }

            if (!IsPronounOne(chain, number))
            {
                yield return new TextSpan<WordNumber>(tokens[number.FirstToken].Start, tokens[number.LastToken].End, number);
            }

            i = number.LastToken;
        }
    }

    /// <summary>
    /// "One" standing alone after a determiner ("the one", "this one", "the broken one") names a thing, not a count.
    /// </summary>
    private static bool IsPronounOne(TokenChain chain, WordNumber number)
    {
        if (number.FirstToken != number.LastToken || chain.Word(number.FirstToken) != "one")
        {
            return false;
        }

        var index = number.FirstToken;
        var previous = PreviousWord(chain, index);
        if (PronounDeterminers.Contains(previous) || NumberWords.IsOrdinal(previous) || IsDigitOrdinal(previous))
        {
            return true;
        }

        // "the blue one" / "a new one": an adjective between an article and "one", when nothing follows that
        // "one" could be counting.
        var beforePrevious = PreviousWord(chain, index - 1);
        var next = chain.Word(index + 1);
        var ends = index + 1 >= chain.Tokens.Count || !chain.Tokens[index + 1].IsWord;
        return Articles.Contains(beforePrevious) && previous.Length > 0 && !NumberWords.IsCardinal(previous)
            && (ends || next is "that" or "which" or "with" or "you" or "i" or "is" or "was" or "instead" or "please"
                or "or" or "and" or "but" or "because" or "too");
    }

    private static string PreviousWord(TokenChain chain, int index) =>
        index > 0 && chain.Tokens[index - 1].IsWord ? chain.Tokens[index - 1].Normal : string.Empty;

    private static bool IsDigitOrdinal(string word) =>
        word.Length > 2 && char.IsAsciiDigit(word[0]) && word[^2..] is "st" or "nd" or "rd" or "th";
}
