using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>"last week", "this month", "next year", "last weekend", "over the weekend", "the past week".</summary>
/// <remarks>
/// "last/this/next week|month|year" are calendar units (weeks from Monday). "the past week", "past month" and
/// "the last week" are rolling: the same length back from today, today excluded. "the next week" is rolling
/// forward from tomorrow. Weekends run Saturday to Monday (exclusive). "the weekend" alone is the most recent
/// one unless the clause points to the future.
/// </remarks>
internal static partial class CalendarRangeParser
{
    /// <summary>Both patterns need one of these units (a weekend is a week's).</summary>
    private static readonly SearchValues<string> Units = TextScreen.Words("week", "month", "year", "fortnight");

    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        if (!context.Screen.MayMention(Units))
        {
            yield break;
        }

        foreach (Match match in UnitPattern().Matches(context.Text))
        {
            var modifier = match.Groups["mod"].Value.ToLowerInvariant();
            var unit = match.Groups["unit"].Value.ToLowerInvariant();
            var rolling = unit != "weekend" && (modifier == "past" || (match.Groups["the"].Success && modifier is "last" or "next"));
            var step = modifier switch
            {
                "last" or "previous" or "past" => -1,
                "next" or "coming" => 1,
                _ => 0,
            };
            var end = match.Index + match.Length;
            yield return rolling || unit == "fortnight"
                ? Rolling(context, match.Index, end, unit, step < 0 ? -1 : 1)
                : Calendar(context, match.Index, end, unit, step);
        }

        foreach (Match match in BareWeekendPattern().Matches(context.Text))
        {
            var group = match.Groups["range"];
            var today = context.Today;
            var weekendNow = today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var future = context.TenseAt(group.Index, group.Index + group.Length) == Tense.Future;
            var step = weekendNow || future ? 0 : -1;
            yield return Calendar(context, group.Index, group.Index + group.Length, "weekend", step);
        }
    }

    private static TemporalMatch Calendar(DateContext context, int start, int end, string unit, int step)
    {
        var today = context.Today;
        switch (unit)
        {
            case "week":
                var monday = CalendarMath.MondayOf(today).AddDays(7 * step);
                return TemporalMatch.Range(start, end, monday, monday.AddDays(7), Timex.Week(monday));
            case "weekend":
                var saturday = CalendarMath.MondayOf(today).AddDays((7 * step) + 5);
                return TemporalMatch.Range(start, end, saturday, saturday.AddDays(2), Timex.Week(saturday.AddDays(-5)) + "-WE");
            case "month":
                var month = new DateOnly(today.Year, today.Month, 1).AddMonths(step);
                return TemporalMatch.Range(start, end, month, month.AddMonths(1), Timex.Month(month.Year, month.Month));
            default:
                var year = new DateOnly(today.Year + step, 1, 1);
                return TemporalMatch.Range(start, end, year, year.AddYears(1), year.Year.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static TemporalMatch Rolling(DateContext context, int start, int end, string unit, int direction)
    {
        var (amount, code) = unit switch
        {
            "week" or "weekend" => (7, "P1W"),
            "fortnight" => (14, "P2W"),
            "month" => (0, "P1M"),
            _ => (0, "P1Y"),
        };
        var anchor = direction < 0 ? context.Today : context.Today.AddDays(1);
        var other = amount > 0 ? anchor.AddDays(direction * amount)
            : unit == "month" ? anchor.AddMonths(direction) : anchor.AddYears(direction);
        var (first, last) = direction < 0 ? (other, anchor) : (anchor, other);
        return TemporalMatch.Range(start, end, first, last, Timex.Span(first, last, code));
    }

    [GeneratedRegex(@"\b(?<the>the\s+)?(?<mod>last|past|previous|this|current|next|coming)\s+(?<unit>week|month|year|weekend|fortnight)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"(?<!\b(?:last|past|previous|this|current|next|coming)\s+)(?<range>\bthe\s+weekend)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareWeekendPattern();
}
