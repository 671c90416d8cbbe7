using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Numbers;

/// <summary>A number followed by a percent sign or word: "25%", "25 %", "twelve point five per cent".</summary>
internal static partial class PercentageExtractor
{
    public static List<TextSpan<decimal>> Find(string text)
    {
        var found = new List<TextSpan<decimal>>();
        foreach (var number in NumberExtractor.Cardinals(text))
        {
            var unit = PercentPattern().Match(text, number.End);
            if (unit.Success)
            {
                found.Add(number with { End = unit.Index + unit.Length });
            }
        }

        return found;
    }

    [GeneratedRegex(@"\G[ \t]?(?:%|(?:percent|per\s?cent|pct)(?!\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentPattern();
}
