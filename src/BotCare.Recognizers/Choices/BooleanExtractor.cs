using System.Collections.Frozen;
using System.Text;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Choices;

/// <summary>Reads yes and no answers phrase by phrase, longest phrase first, left to right.</summary>
internal static class BooleanExtractor
{
    /// <summary>"not", "isn't" before a yes word turn it into a no: "not ok", "isn't right".</summary>
    private static readonly FrozenSet<string> Negators = FrozenSet.ToFrozenSet(
        ["not", "isnt", "wasnt", "arent", "aint", "hardly"], StringComparer.Ordinal);

    /// <summary>Before these, "right", "correct", "wrong" and "fine" describe a thing: "the wrong size".</summary>
    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
        ["the", "a", "an", "my", "your", "his", "her", "their", "our", "its", "this", "these", "those", "be", "make", "feel"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Descriptive = FrozenSet.ToFrozenSet(
        ["right", "correct", "wrong", "fine", "sure", "exactly"], StringComparer.Ordinal);

    public static List<TextSpan<BooleanEntry>> Find(string text)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = new List<TextSpan<BooleanEntry>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (entry, length) = Lookup(text, tokens, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            if (entry.Value is not null)
            {
                found.Add(new TextSpan<BooleanEntry>(tokens[i].Start, tokens[i + length - 1].End, entry));
            }

            i += length;
        }

        return found;
    }

    private static (BooleanEntry Entry, int Length) Lookup(string text, IReadOnlyList<Token> tokens, int index)
    {
        if (!tokens[index].IsWord)
        {
            return BooleanLexicon.TryGet(StripEmojiModifiers(tokens[index].Normal), out var symbol) ? (symbol, 1) : default;
        }

        var phrase = new StringBuilder();
        var candidates = new List<(string Phrase, int Length)>();
        for (var length = 1; length <= BooleanLexicon.LongestPhrase && index + length - 1 < tokens.Count; length++)
        {
            var token = tokens[index + length - 1];
            if (!token.IsWord || (length > 1 && !Tokenizer.IsWhitespaceGap(text, tokens[index + length - 2].End, token.Start)))
            {
                break;
            }

            phrase.Append(length > 1 ? " " : string.Empty).Append(token.Normal);
            candidates.Add((phrase.ToString(), length));
        }

        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            if (BooleanLexicon.TryGet(candidates[c].Phrase, out var entry))
            {
                return candidates[c].Length == 1 && IsDescriptive(tokens, index) ? (new BooleanEntry(null, 0), 1) : (entry, candidates[c].Length);
            }
        }

        if (Negated(tokens, index, candidates) is { } negated)
        {
            return negated;
        }

        return BooleanLexicon.TryGetSqueezed(tokens[index].Normal, out var squeezed) ? (squeezed, 1) : default;
    }

    /// <summary>"not ok", "isn't right": a negator in front of a yes word is a no; "not sure" is blocked already.</summary>
    private static (BooleanEntry, int)? Negated(IReadOnlyList<Token> tokens, int index, List<(string Phrase, int Length)> candidates)
    {
        if (!Negators.Contains(tokens[index].Normal) || candidates.Count < 2)
        {
            return null;
        }

        var next = candidates[1].Phrase[(candidates[0].Phrase.Length + 1)..];
        return BooleanLexicon.TryGet(next, out var entry) && entry.Value == true ? (new BooleanEntry(false, 0.9), 2) : null;
    }

    /// <summary>"the right size", "make sure", "a fine product": the word describes something, it answers nothing.</summary>
    private static bool IsDescriptive(IReadOnlyList<Token> tokens, int index) =>
        Descriptive.Contains(tokens[index].Normal) && index > 0 && tokens[index - 1].IsWord
        && Determiners.Contains(tokens[index - 1].Normal);

    private static string StripEmojiModifiers(string symbol)
    {
        var end = char.IsHighSurrogate(symbol[0]) && symbol.Length > 1 ? 2 : 1;
        return symbol[..end];
    }
}
