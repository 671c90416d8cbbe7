using System.Buffers;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>"today", "tomorrow", "the day before yesterday", "tonight", "this morning", "last night".</summary>
/// <remarks>
/// A part of the day resolves to a datetime at its start, as Recognizers-Text bounds them: morning 08:00,
/// afternoon 12:00, evening 16:00, night 20:00; the timex carries the part ("2026-11-23TNI").
/// </remarks>
internal static partial class RelativeDayParser
{
    /// <summary>Every alternative of the pattern holds one of these.</summary>
    private static readonly SearchValues<string> Needed = TextScreen.Words("day", "tom", "tmr", "toni", "night", "morning", "afternoon", "evening");

    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        if (!context.Screen.MayMention(Needed))
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(context.Text))
        {
            var start = match.Index;
            var end = match.Index + match.Length;
            var today = context.Today;
            if (match.Groups["part"].Success)
            {
                var day = match.Groups["last"].Success ? today.AddDays(-1) : today;
                yield return WithPartOfDay(start, end, day, PartCode(match.Groups["part"].Value));
                continue;
            }

            var offset = match.Groups["before"].Success ? -2
                : match.Groups["after"].Success ? 2
                : match.Groups["tomorrow"].Success ? 1
                : match.Groups["yesterday"].Success ? -1
                : 0;
            yield return TemporalMatch.OnDate(start, end, today.AddDays(offset));
        }
    }

    public static TemporalMatch WithPartOfDay(int start, int end, DateOnly day, string part) =>
        TemporalMatch.At(start, end, day, PartStart(part), Timex.Of(day) + "T" + part) with { PartOfDay = part };

    public static string PartCode(string word) => word.ToLowerInvariant() switch
    {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        _ => "NI",
    };

    private static TimeOnly PartStart(string part) => part switch
    {
        "MO" => new TimeOnly(8, 0),
        "AF" => new TimeOnly(12, 0),
        "EV" => new TimeOnly(16, 0),
        _ => new TimeOnly(20, 0),
    };

    [GeneratedRegex(
        @"\b(?:(?<before>(?:the\s+)?day\s+before\s+yesterday)|(?<after>(?:the\s+)?day\s+after\s+(?:tomorrow|tmrw))"
        + @"|(?<part>tonight|tonite)|(?<last>last)\s+(?<part>night)|this\s+(?<part>morning|afternoon|evening)"
        + @"|(?<today>today|tday)|(?<tomorrow>tomorrow|tomorow|tommorow|tommorrow|tmrw|tmr)|(?<yesterday>yesterday|yday))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
