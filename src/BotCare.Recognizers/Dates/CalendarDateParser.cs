using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>
/// Calendar dates: "March 3rd", "Mar 3, 2025", "3 March 2025", "the 3rd of March", "2025-03-03", "3/3/2025",
/// "on 3/3", "on the 3rd".
/// </summary>
/// <remarks>
/// Slashed dates are read month first (US), unless the first number cannot be a month ("25/12/2025"). A slashed
/// date without a year ("3/3") or a bare day ("the 3rd") needs "on", "since", "by"... in front, since "1/2" alone
/// is a fraction and "the 3rd" alone is an ordinal. Two-digit years are 20xx.
/// </remarks>
internal static partial class CalendarDateParser
{
    /// <summary>Every month name and abbreviation the patterns read starts with one of these.</summary>
    private static readonly SearchValues<string> MonthStarts =
        TextScreen.Words("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        // Every pattern here needs a digit.
        if (!context.Screen.MayHaveDigit)
        {
            yield break;
        }

        if (context.Screen.MayMention(MonthStarts))
        {
            foreach (var pattern in new[] { MonthFirst(), DayFirst() })
            {
                foreach (Match match in pattern.Matches(context.Text))
                {
                    var month = DateWords.Month(match.Groups["month"].Value);
                    if (Build(context, match, month, Number(match, "day"), match.Groups["year"]) is { } date)
                    {
                        yield return date;
                    }
                }
            }
        }

        // Numeric and ISO dates have '/' or '-' between their numbers.
        if (context.Text.AsSpan().ContainsAny('/', '-'))
        {
            foreach (var date in Slashed(context))
            {
                yield return date;
            }
        }

        foreach (Match match in DayOnly().Matches(context.Text))
        {
            var day = Number(match, "day");
            if (day is >= 1 and <= 31)
            {
                var group = match.Groups["date"];
                var date = YearResolver.DayOfMonth(context, day, group.Index, group.Index + group.Length);
                yield return TemporalMatch.OnDate(group.Index, group.Index + group.Length, date, Timex.DayOfMonth(day));
            }
        }
    }

    /// <summary>"3/3/2025", "on 3/3", "2025-03-03".</summary>
    private static IEnumerable<TemporalMatch> Slashed(DateContext context)
    {
        foreach (Match match in Numeric().Matches(context.Text))
        {
            int first = Number(match, "a"), second = Number(match, "b");
            var (month, day) = first > 12 && second <= 12 ? (second, first) : (first, second);
            var hasYear = match.Groups["year"].Success;
            var dashed = match.Groups["sep"].Value == "-";
            if ((hasYear || (match.Groups["cue"].Success && !dashed)) && Build(context, match, month, day, match.Groups["year"]) is { } date)
            {
                yield return date;
            }
        }

        foreach (Match match in Iso().Matches(context.Text))
        {
            if (Build(context, match, Number(match, "month"), Number(match, "day"), match.Groups["year"]) is { } date)
            {
                yield return date;
            }
        }
    }

    private static TemporalMatch? Build(DateContext context, Match match, int month, int day, Group year)
    {
        var group = match.Groups["date"].Success ? match.Groups["date"] : match;
        int start = group.Index, end = group.Index + group.Length;
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        if (!year.Success)
        {
            var weekday = match.Groups["dow"].Success ? DateWords.Weekday(match.Groups["dow"].Value) : (DayOfWeek?)null;
            return day > DateTime.DaysInMonth(2024, month)
                ? null
                : TemporalMatch.OnDate(start, end, YearResolver.MonthDay(context, month, day, weekday, start, end), Timex.WithoutYear(month, day));
        }

        var y = int.Parse(year.ValueSpan, CultureInfo.InvariantCulture);
        y = y < 100 ? 2000 + y : y;
        return day > DateTime.DaysInMonth(y, month) ? null : TemporalMatch.OnDate(start, end, new DateOnly(y, month, day));
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].ValueSpan, CultureInfo.InvariantCulture);

    private const string Year = @"(?:,?\s+(?<year>(?:19|20)\d{2})(?![\p{N}:]))?";
    private const string Ordinal = @"(?:st|nd|rd|th)?";
    private const string WeekdayPrefix = "(?:(?<dow>" + DateWords.Weekdays + @"),?\s+(?:the\s+)?)?";

    [GeneratedRegex(@"\b(?<date>" + WeekdayPrefix + "(?<month>" + DateWords.Months + @")\.?\s+(?<day>\d{1,2})" + Ordinal + @"(?![\p{L}\p{N}:]|\.\d)" + Year + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirst();

    [GeneratedRegex(@"\b(?<date>" + WeekdayPrefix + @"(?:the\s+)?(?<day>\d{1,2})" + Ordinal + @"(?:\s+of)?\s+(?<month>" + DateWords.Months + @")\b\.?" + Year + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirst();

    // Only the cue words ignore case, inline: the source generator cannot compile a case-insensitive
    // backreference (\k<sep>) and would fall back to the interpreter. Nothing else here has case.
    [GeneratedRegex(@"(?:(?<cue>\b(?i:on|since|by|until|till|before|after|from|dated|of)\s+))?(?<date>(?<![\p{L}\p{N}/.$-])(?<a>\d{1,2})(?<sep>[/-])(?<b>\d{1,2})(?:\k<sep>(?<year>\d{4}|\d{2}))?)(?![\p{N}/%]|[.,-]\p{N})",
        RegexOptions.CultureInvariant)]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])(?<year>(?:19|20)\d{2})[-/](?<month>\d{1,2})[-/](?<day>\d{1,2})(?![\p{N}/]|[.-]\p{N})", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(?:on|since|by|until|till|before|after)\s+(?<date>the\s+(?<day>\d{1,2})(?:st|nd|rd|th))\b(?!\s+(?:of\s+)?(?:" + DateWords.Months + @")\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayOnly();
}
