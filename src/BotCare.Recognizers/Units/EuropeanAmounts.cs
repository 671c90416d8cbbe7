using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Units;

/// <summary>Amounts written the continental way next to a currency: "1.299,00 €", "€ 20,50".</summary>
/// <remarks>
/// Only with exactly two decimals after the comma, so "1,200" keeps meaning one thousand two hundred. These are
/// read by the currency model only: on its own, "20,50" is too ambiguous to be a number.
/// </remarks>
internal static partial class EuropeanAmounts
{
    public static IEnumerable<TextSpan<decimal>> Find(string text)
    {
        foreach (Match match in Pattern().Matches(text))
        {
            var digits = match.Groups["int"].Value.Replace(".", string.Empty, StringComparison.Ordinal) + "." + match.Groups["frac"].Value;
            yield return new TextSpan<decimal>(match.Index, match.Index + match.Length, decimal.Parse(digits, CultureInfo.InvariantCulture));
        }
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<int>\d{1,3}(?:\.\d{3})+|\d+),(?<frac>\d{2})(?![\p{N}]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
