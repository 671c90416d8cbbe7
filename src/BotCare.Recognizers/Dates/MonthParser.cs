using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>Whole months and years as date ranges: "in March", "last March", "November 2026", "in 2025".</summary>
/// <remarks>
/// A month needs a year or a word in front ("in", "during", "since", "last", "this", "next"), otherwise "may"
/// and "march" would be read in ordinary sentences. "in"/"during"/"since" are left out of the matched text;
/// the month is the nearest one, or the past / future one when the clause says so.
/// </remarks>
internal static partial class MonthParser
{
    private static readonly SearchValues<string> FullMonths = TextScreen.Words(DateWords.FullMonths.Split('|'));

    /// <summary>Months first, then years; each only when the text can hold one (a month's name, digits).</summary>
    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        var months = context.Screen.MayMention(FullMonths) ? Months(context) : [];
        var years = context.Screen.MayHaveDigit ? Years(context) : [];
        return months.Concat(years);
    }

    private static IEnumerable<TemporalMatch> Months(DateContext context)
    {
        foreach (Match match in MonthPattern().Matches(context.Text))
        {
            var modifier = match.Groups["mod"].Value.ToLowerInvariant();
            if (modifier.Length == 0 && !match.Groups["year"].Success && !match.Groups["cue"].Success)
            {
                continue;
            }

            var month = DateWords.Month(match.Groups["month"].Value);
            var group = match.Groups["range"];
            var first = match.Groups["year"].Success
                ? new DateOnly(int.Parse(match.Groups["year"].ValueSpan, CultureInfo.InvariantCulture), month, 1)
                : FirstOfMonth(context, month, modifier, group.Index, group.Index + group.Length);
            yield return TemporalMatch.Range(group.Index, group.Index + group.Length, first, first.AddMonths(1), Timex.Month(first.Year, first.Month));
        }
    }

    private static IEnumerable<TemporalMatch> Years(DateContext context)
    {
        foreach (Match match in YearPattern().Matches(context.Text))
        {
            var group = match.Groups["year"];
            var first = new DateOnly(int.Parse(group.ValueSpan, CultureInfo.InvariantCulture), 1, 1);
            yield return TemporalMatch.Range(group.Index, group.Index + group.Length, first, first.AddYears(1), group.Value);
        }
    }

    private static DateOnly FirstOfMonth(DateContext context, int month, string modifier, int start, int end)
    {
        var today = context.Today;
        var current = new DateOnly(today.Year, today.Month, 1);
        var candidates = new[] { today.Year - 1, today.Year, today.Year + 1 }.Select(y => new DateOnly(y, month, 1)).ToList();
        return modifier switch
        {
            "last" => candidates.Last(c => c < current),
            "next" => candidates.First(c => c > current),
            "this" => candidates[1],
            _ when candidates.Contains(current) => current,
            _ => CalendarMath.Choose(candidates, today, context.TenseAt(start, end)),
        };
    }

    [GeneratedRegex(@"(?:\b(?<cue>in|during|since|throughout)\s+(?:early\s+|late\s+|mid\s*-?\s*)?)?(?<range>\b(?:(?<mod>last|this|next)\s+)?(?<month>" + DateWords.FullMonths + @")(?:\s+(?<year>(?:19|20)\d{2}))?)\b(?!\s*\d{1,2}(?:st|nd|rd|th)?\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"\b(?:in|during|since|throughout|of)\s+(?<year>(?:19|20)\d{2})\b(?![\p{N}.,:/-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
