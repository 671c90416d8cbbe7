using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Sequences;

/// <summary>Phone numbers with a confidence: 1.0 international, 0.9 North American, 0.8 UK national.</summary>
internal static class PhoneExtractor
{
    public static List<TextSpan<double>> Find(string text)
    {
        var candidates = new List<TextSpan<double>>();
        Add(candidates, PhonePatterns.International(), text, 1.0, minDigits: 8, maxDigits: 15);
        Add(candidates, PhonePatterns.NorthAmerican(), text, 0.9, minDigits: 10, maxDigits: 11);
        Add(candidates, PhonePatterns.UnitedKingdom(), text, 0.8, minDigits: 10, maxDigits: 11);
        return SpanSelector.Longest(candidates);
    }

    private static void Add(List<TextSpan<double>> candidates, Regex pattern, string text, double score, int minDigits, int maxDigits)
    {
        foreach (Match match in pattern.Matches(text))
        {
            var digits = match.Value.Count(char.IsAsciiDigit);
            if (digits >= minDigits && digits <= maxDigits && Balanced(match.Value))
            {
                candidates.Add(new TextSpan<double>(match.Index, match.Index + match.Length, score));
            }
        }
    }

    private static bool Balanced(string value) => value.Count(c => c == '(') == value.Count(c => c == ')');
}
