using System.Buffers;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>"Friday", "last Friday", "next Monday", "this Thursday", "this coming Tuesday".</summary>
/// <remarks>
/// Weeks start on Monday. "last X" is X of the previous week, "next X" is X of the following week and "this X"
/// is X of the current week (Recognizers-Text's reading). A bare weekday is the nearest one strictly before today,
/// unless the clause points to the future ("by Friday", "it will arrive Friday"): complaints mostly talk about
/// what already happened. "coming X" / "past X" are the nearest after / before today.
/// </remarks>
internal static partial class WeekdayParser
{
    /// <summary>Every weekday the pattern reads holds one of these.</summary>
    private static readonly SearchValues<string> Needed = TextScreen.Words("day", "tues", "weds", "thurs");

    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        if (!context.Screen.MayMention(Needed))
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(context.Text))
        {
            var day = DateWords.Weekday(match.Groups["day"].Value);
            var modifier = match.Groups["mod"].Success
                ? TextNormalizer.Words(match.Groups["mod"].Value)
                : string.Empty;
            var today = context.Today;
            var monday = CalendarMath.MondayOf(today);
            var end = match.Index + match.Length;
            var date = modifier switch
            {
                "last" or "previous" => CalendarMath.InWeek(monday.AddDays(-7), day),
                "next" => CalendarMath.InWeek(monday.AddDays(7), day),
                "this" => CalendarMath.InWeek(monday, day),
                "coming" or "this coming" => CalendarMath.Nearest(today, day, forward: true),
                "past" or "this past" => CalendarMath.Nearest(today, day, forward: false),
                _ => CalendarMath.Nearest(today, day, forward: context.TenseAt(match.Index, end) == Tense.Future),
            };

            yield return TemporalMatch.OnDate(match.Index, end, date, modifier.Length == 0 ? Timex.Weekday(day) : null);
        }
    }

    [GeneratedRegex(
        @"(?<!\b(?:black|cyber|good)\s+)\b(?:(?<mod>this\s+coming|this\s+past|coming|last|next|this|previous|past)\s+)?(?<day>" + DateWords.Weekdays + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
