using System.Globalization;

namespace BotCare.Recognizers.Text;

/// <summary>
/// Splits text into words (runs of letters and digits, apostrophes inside kept) and single symbols.
/// </summary>
/// <remarks>
/// Hyphens are symbols so that "twenty-five" and "two-day" can be read word by word; an emoji with its
/// skin tone or variation selector is one symbol so that 👍🏽 reads like 👍.
/// </remarks>
internal static class Tokenizer
{
    /// <summary>Single ASCII symbols, made once: a message has many commas and full stops, each a token.</summary>
    private static readonly string[] AsciiSymbols = Enumerable.Range(0, 128).Select(c => ((char)c).ToString()).ToArray();

    public static IReadOnlyList<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    /// <summary>
    /// The tokens of <c>text[start..end]</c>, as <see cref="Tokenize(string)"/> reads that substring, with positions
    /// in <paramref name="text"/>: nothing past <paramref name="end"/> is looked at.
    /// </summary>
    public static List<Token> Tokenize(string text, int start, int end)
    {
        // About one token per five characters of a typical message; the list grows if it needs to.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else
            {
                var length = SymbolLength(text, i, end);
                var symbol = length == 1 && c < AsciiSymbols.Length ? AsciiSymbols[c] : text.Substring(i, length);
                tokens.Add(new Token(i, length, symbol, TokenKind.Symbol));
                i += length;
            }
        }

        return tokens;
    }

    /// <summary>True when only whitespace (at least one character) separates the two positions.</summary>
    public static bool IsWhitespaceGap(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads one word: first where it ends and how many characters its folded form keeps, then that form.</summary>
    private static int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        var kept = 0;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                kept++;
                i++;
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && i > start)
            {
                // A combining accent belongs to the letter before it; folding simply drops it.
                i++;
            }
            else if (TextNormalizer.IsApostrophe(c) && i + 1 < end && char.IsLetter(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        var normal = string.Create(kept, (text, start, i), static (span, word) =>
        {
            var at = 0;
            for (var j = word.start; j < word.i; j++)
            {
                if (char.IsLetterOrDigit(word.text[j]))
                {
                    span[at++] = TextNormalizer.Fold(word.text[j]);
                }
            }
        });
        tokens.Add(new Token(start, i - start, normal, TokenKind.Word));
        return i;
    }

    private static int SymbolLength(string text, int i, int end)
    {
        var length = char.IsHighSurrogate(text[i]) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        while (i + length < end && IsEmojiModifier(text, i + length, end, out var modifierLength))
        {
            length += modifierLength;
        }

        return length;
    }

    private static bool IsEmojiModifier(string text, int i, int end, out int length)
    {
        length = 1;
        if (text[i] == '\uFE0F')
        {
            return true;
        }

        // Skin tones are U+1F3FB..U+1F3FF: the surrogate pair D83C DFFB..DFFF.
        length = 2;
        return text[i] == '\uD83C' && i + 1 < end && text[i + 1] is >= '\uDFFB' and <= '\uDFFF';
    }
}
