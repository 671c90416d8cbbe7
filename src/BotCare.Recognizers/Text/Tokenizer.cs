using System.Globalization;
using System.Text;

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
    public static IReadOnlyList<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, tokens);
            }
            else
            {
                var length = SymbolLength(text, i);
                tokens.Add(new Token(i, length, text.Substring(i, length), TokenKind.Symbol));
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

    private static int ReadWord(string text, int start, List<Token> tokens)
    {
        var normal = new StringBuilder();
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                normal.Append(TextNormalizer.Fold(c));
                i++;
            }
            else if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark && i > start)
            {
                // A combining accent belongs to the letter before it; folding simply drops it.
                i++;
            }
            else if (TextNormalizer.IsApostrophe(c) && i + 1 < text.Length && char.IsLetter(text[i + 1]) && i > start)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        tokens.Add(new Token(start, i - start, normal.ToString(), TokenKind.Word));
        return i;
    }

    private static int SymbolLength(string text, int i)
    {
        var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        while (i + length < text.Length && IsEmojiModifier(text, i + length, out var modifierLength))
        {
            length += modifierLength;
        }

        return length;
    }

    private static bool IsEmojiModifier(string text, int i, out int length)
    {
        length = 1;
        if (text[i] == '\uFE0F')
        {
            return true;
        }

        // Skin tones are U+1F3FB..U+1F3FF: the surrogate pair D83C DFFB..DFFF.
        length = 2;
        return text[i] == '\uD83C' && i + 1 < text.Length && text[i + 1] is >= '\uDFFB' and <= '\uDFFF';
    }
}
