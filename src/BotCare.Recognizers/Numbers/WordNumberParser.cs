using System.Globalization;

namespace BotCare.Recognizers.Numbers;

/// <summary>
/// Reads one spelled-out number starting at a token: "two thousand three hundred", "one hundred and five",
/// "twenty-third", "three quarters", "half a dozen", "two point five million".
/// </summary>
/// <remarks>
/// A small state machine over <see cref="NumberWordKind"/>: each word is accepted only where English allows it
/// ("twenty five" is one number, "five twenty" is two), so a run of number words splits where a reader would.
/// </remarks>
internal static class WordNumberParser
{
    public static WordNumber? Parse(TokenChain chain, int first)
    {
        var word = chain.Word(first);
        return word switch
        {
            "minus" or "negative" => Negate(chain, first),
            "half" => ParseHalfOf(chain, first),
            "a" or "an" => ParseAfterArticle(chain, first),
            _ => ParseCardinal(chain, first, first, 0),
        };
    }

    private static WordNumber? Negate(TokenChain chain, int first)
    {
        var next = chain.Next(first);
        var number = next < 0 ? null : ParseCardinal(chain, first, next, 0);
        return number is { IsOrdinal: false } n ? n with { Value = -n.Value } : null;
    }

    /// <summary>"half a dozen", "half a million".</summary>
    private static WordNumber? ParseHalfOf(TokenChain chain, int first)
    {
        var article = chain.Next(first);
        if (chain.Word(article) is not ("a" or "an"))
        {
            return null;
        }

        var what = chain.Next(article);
        var multiplier = chain.Word(what) switch
        {
            "dozen" => 12m,
            var w when NumberWords.IsScaleWord(w) && NumberWords.TryGet(w, out var scale) => scale.Value,
            _ => 0m,
        };
        return multiplier == 0 ? null : new WordNumber(first, what, multiplier / 2, false);
    }

    /// <summary>"a hundred", "a dozen", "a couple", "a half", "a quarter"; "a" alone is never a number.</summary>
    private static WordNumber? ParseAfterArticle(TokenChain chain, int first)
    {
        var next = chain.Next(first);
        var word = chain.Word(next);
        if (word == "dozen")
        {
            return new WordNumber(first, next, 12, false);
        }

        if (word == "couple")
        {
            // "a couple hundred" scales the couple; "a couple of days" is just two.
            return NumberWords.IsScaleWord(chain.NextWord(next))
                ? ParseCardinal(chain, first, chain.Next(next), 2)
                : new WordNumber(first, next, 2, false);
        }

        if (NumberWords.TryGetDenominator(word, plural: false, out var denominator))
        {
            return new WordNumber(first, next, Fraction(1, denominator), false);
        }

        return NumberWords.IsScaleWord(word) ? ParseCardinal(chain, first, next, 1) : null;
    }

    private static WordNumber? ParseCardinal(TokenChain chain, int first, int start, long seed)
    {
        var state = new WordNumberState(seed);
        var index = start;
        while (index >= 0)
        {
            var word = chain.Word(index);
            if (word == "and")
            {
                if (!TryAnd(chain, ref state, index, out var continueAt))
                {
                    break;
                }

                index = continueAt;
                continue;
            }

            if (word == "point")
            {
                TryDecimals(chain, ref state, index);
                break;
            }

            if (TryTerminal(word, ref state, chain, index))
            {
                break;
            }

            if (!NumberWords.TryGet(word, out var number) || !state.Accepts(number))
            {
                break;
            }

            state.Add(number, index);
            if (number.IsOrdinal || number.Kind == NumberWordKind.Zero)
            {
                break;
            }

            index = chain.Next(index);
        }

        return state.LastToken < 0 ? null : new WordNumber(first, state.LastToken, state.Value, state.IsOrdinal);
    }

    /// <summary>Words that close a number: "dozen" multiplies, a denominator divides ("three quarters").</summary>
    private static bool TryTerminal(string word, ref WordNumberState state, TokenChain chain, int index)
    {
        if (!state.EndsWithSmallNumber)
        {
            return false;
        }

        if (word == "dozen")
        {
            state.Finish(state.Value * 12, index);
            return true;
        }

        var whole = state.Value;
        var denominator = 0;
        var isFraction = whole > 1
            ? NumberWords.TryGetDenominator(word, plural: true, out denominator)
            : whole == 1 && chain.Word(index - 1) == "one" && NumberWords.TryGetDenominator(word, plural: false, out denominator);
        if (isFraction)
        {
            state.Finish(Fraction(whole, denominator), index);
        }

        return isFraction;
    }

    /// <summary>"hundred and five" continues the number; "two and a half" ends it with a fraction.</summary>
    private static bool TryAnd(TokenChain chain, ref WordNumberState state, int index, out int continueAt)
    {
        continueAt = chain.Next(index);
        var next = chain.Word(continueAt);
        if (next is "a" or "one" && state.LastToken >= 0
            && NumberWords.TryGetDenominator(chain.NextWord(continueAt), plural: false, out var denominator))
        {
            state.Finish(state.Value + Fraction(1, denominator), chain.Next(continueAt));
            continueAt = -1;
            return true;
        }

        var continues = state.AcceptsAnd && NumberWords.TryGet(next, out var number)
            && number.Kind is NumberWordKind.Unit or NumberWordKind.Teen or NumberWordKind.Tens;
        if (continues)
        {
            state.MarkAnd();
        }

        return continues;
    }

    /// <summary>"two point five", optionally scaled: "one point two million".</summary>
    private static void TryDecimals(TokenChain chain, ref WordNumberState state, int index)
    {
        if (state.LastToken < 0)
        {
            return;
        }

        var digits = string.Empty;
        var last = -1;
        for (var next = chain.Next(index); next >= 0; next = chain.Next(next))
        {
            if (!NumberWords.TryGet(chain.Word(next), out var digit) || digit.IsOrdinal
                || digit.Kind is not (NumberWordKind.Unit or NumberWordKind.Zero))
            {
                break;
            }

            digits += digit.Value.ToString(CultureInfo.InvariantCulture);
            last = next;
        }

        if (last < 0)
        {
            return;
        }

        var value = state.Value + decimal.Parse("0." + digits, CultureInfo.InvariantCulture);
        var scaleIndex = chain.Next(last);
        if (NumberWords.TryGet(chain.Word(scaleIndex), out var scale) && scale is { IsOrdinal: false, Kind: NumberWordKind.Scale })
        {
            state.Finish(value * scale.Value, scaleIndex);
            return;
        }

        state.Finish(value, last);
    }

    private static decimal Fraction(decimal numerator, int denominator) => Math.Round(numerator / denominator, 10);
}
