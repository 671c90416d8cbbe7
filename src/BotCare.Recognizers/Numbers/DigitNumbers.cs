using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Numbers;

/// <summary>Numbers written with digits: "1,250.50", "-3", ".5", "3k", "1.5 million", "1/2".</summary>
/// <remarks>
/// Digits glued to a letter in front ("A123", "iPhone15") are identifiers, not numbers. Digit groups of
/// phone numbers, dates and times ("555-123-4567", "3/3/2025", "3:30") come back as separate numbers: the
/// number model reads digits, and the phone, date and time models claim those shapes as a whole.
/// </remarks>
internal static partial class DigitNumbers
{
    private const decimal MaxScaled = 1_000_000_000_000m;

    private static readonly int[] FractionDenominators = [2, 3, 4, 5, 6, 8, 10, 16, 32, 64, 100];

    public static IEnumerable<TextSpan<decimal>> FindCardinals(string text)
    {
        foreach (Match match in DigitPattern().Matches(text))
        {
            var end = match.Index + match.Length;
            if (IsOrdinalSuffix(text, end))
            {
                continue;
            }

            if (ParseDigits(match) is not { } value)
            {
                continue;
            }

            if (end < text.Length && text[end] is 'k' or 'K' && !IsLetterAt(text, end + 1))
            {
                value *= 1000;
                end++;
            }
            else if (ScalePattern().Match(text, end) is { Success: true } scale && Math.Abs(value) < MaxScaled)
            {
                value *= ScaleValue(scale.Groups["scale"].Value);
                end = scale.Index + scale.Length;
            }

            var start = match.Index;
            var window = TextWindow.StartBefore(text, start, 16);
            if (value > 0 && NegativeWord().Match(text, window, start - window) is { Success: true } sign)
            {
                // "minus 5", "negative 10": the sign said as a word.
                value = -value;
                start = sign.Index;
            }

            yield return new TextSpan<decimal>(start, end, value);
        }

        foreach (Match match in FractionPattern().Matches(text))
        {
            var numerator = int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture);
            var denominator = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
            if (numerator > 0 && numerator < denominator && Array.IndexOf(FractionDenominators, denominator) >= 0)
            {
                yield return new TextSpan<decimal>(match.Index, match.Index + match.Length, Math.Round((decimal)numerator / denominator, 10));
            }
        }
    }

    /// <summary>"1st", "22nd", "3rd", "4th" (any of the four suffixes is accepted, typos included).</summary>
    public static IEnumerable<TextSpan<decimal>> FindOrdinals(string text)
    {
        foreach (Match match in OrdinalPattern().Matches(text))
        {
            var value = decimal.Parse(match.Groups["n"].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
            if (value > 0)
            {
                yield return new TextSpan<decimal>(match.Index, match.Index + match.Length, value);
            }
        }
    }

    /// <summary>
    /// Reads the digits of a match made by <see cref="DigitPattern"/> (thousands separators dropped); null for a
    /// digit run too long to be an amount (a serial number, a pasted hash).
    /// </summary>
    private static decimal? ParseDigits(Match match)
    {
        var integer = match.Groups["int"].Success ? match.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal) : "0";
        var fraction = match.Groups["frac"].Success ? "." + match.Groups["frac"].Value : string.Empty;
        if (integer.Length > 20 || !decimal.TryParse(integer + fraction, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return match.Groups["neg"].Success ? -value : value;
    }

    private static bool IsOrdinalSuffix(string text, int end) =>
        end + 2 <= text.Length && !IsLetterAt(text, end + 2)
        && text.AsSpan(end, 2) is var suffix
        && (suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase));

    private static bool IsLetterAt(string text, int index) => index < text.Length && char.IsLetter(text[index]);

    private static decimal ScaleValue(string word) => word.ToLowerInvariant() switch
    {
        "hundred" => 100m,
        "thousand" or "grand" => 1_000m,
        "million" => 1_000_000m,
        "billion" => 1_000_000_000m,
        "dozen" => 12m,
        _ => 1_000_000_000_000m,
    };

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,])(?<neg>-)?(?:(?<int>\d{1,3}(?:,\d{3})+|\d+)(?:\.(?<frac>\d+))?|\.(?<frac>\d+))(?!\d|[.,]\d)", RegexOptions.CultureInvariant)]
    internal static partial Regex DigitPattern();

    [GeneratedRegex(@"\G[ \t]*(?<scale>hundred|thousand|million|billion|trillion|dozen|grand)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ScalePattern();

    [GeneratedRegex(@"\b(?:minus|negative)[ \t]+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NegativeWord();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,/])(?<n>\d{1,2})/(?<d>\d{1,3})(?![\p{N}/]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex FractionPattern();

    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,])(?<n>\d{1,9})(?:st|nd|rd|th)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPattern();
}
