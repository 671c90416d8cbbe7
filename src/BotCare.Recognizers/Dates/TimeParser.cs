using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>Clock times: "3pm", "3:30 p.m.", "15:30", "noon", "midnight", "five o'clock", "at 3", "end of day".</summary>
/// <remarks>
/// Without am/pm the hour is read as business hours: 1 to 7 are afternoon ("at 3:30" is 15:30), 8 to 11 are
/// morning, 12 is noon; a part of day next to it settles it instead ("tonight at 8"). A bare "at 3" is read
/// only at the end of a clause or before a day word ("at 3 tomorrow"). "End of day" / "EOD" is 23:59:59 and
/// "close of business" / "COB" is 17:00, both today unless a date is attached ("end of day Friday").
/// </remarks>
internal static partial class TimeParser
{
    private static readonly string[] HourWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    /// <summary>"am" or "pm", with or without dots.</summary>
    private static readonly SearchValues<string> Meridiem = TextScreen.Words("am", "pm", "a.m", "p.m");

    private static readonly SearchValues<string> OClockWord = TextScreen.Words("clock");

    /// <summary>Every named time holds one of these: noon, midday, mid-day, midnight, end of day, close of business, COB, EOD.</summary>
    private static readonly SearchValues<string> NamedTimes = TextScreen.Words("noon", "mid", "end", "close", "cob", "eod");

    /// <summary>Each pattern runs only when the text can hold what it needs (digits, "am"/"pm", "o'clock", a named time).</summary>
    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        var text = context.Text;
        var screen = context.Screen;
        if (screen.MayMention(Meridiem))
        {
            foreach (Match m in WithMeridiem().Matches(text))
            {
                if (Clock(m, Hour(m), pm: char.ToLowerInvariant(m.Groups["ampm"].Value[0]) == 'p') is { } time)
                {
                    yield return time;
                }
            }
        }

        if (screen.MayHaveDigit && text.Contains(':', StringComparison.Ordinal))
        {
            foreach (Match m in Colon().Matches(text))
            {
                if (Clock(m, Hour(m), pm: null) is { } time)
                {
                    yield return time;
                }
            }
        }

        if (screen.MayMention(OClockWord))
        {
            foreach (Match m in OClock().Matches(text))
            {
                if (Clock(m, Hour(m), pm: null) is { } time)
                {
                    yield return time;
                }
            }
        }

        if (screen.MayHaveDigit)
        {
            foreach (Match m in BareAt().Matches(text))
            {
                var group = m.Groups["time"];
                if (Clock(group, Hour(m), pm: null) is { } time)
                {
                    yield return time;
                }
            }
        }

        if (screen.MayMention(NamedTimes))
        {
            foreach (Match m in Named().Matches(text))
            {
                yield return Named(context, m);
            }
        }
    }

    private static TemporalMatch Named(DateContext context, Match m)
    {
        var end = m.Index + m.Length;
        if (m.Groups["day"].Success)
        {
            var day = m.Groups["day"].Value.Equals("tomorrow", StringComparison.OrdinalIgnoreCase) ? context.Today.AddDays(1) : context.Today;
            return TemporalMatch.At(m.Index, end, day, new TimeOnly(23, 59, 59));
        }

        var time = m.Groups["noon"].Success ? new TimeOnly(12, 0)
            : m.Groups["midnight"].Success ? TimeOnly.MinValue
            : m.Groups["business"].Success ? new TimeOnly(17, 0)
            : new TimeOnly(23, 59, 59);
        var meansToday = !m.Groups["noon"].Success && !m.Groups["midnight"].Success;
        return new TemporalMatch(m.Index, end, TemporalKind.Time, Timex.Of(time)) { Time = time, MeansToday = meansToday };
    }

    private static TemporalMatch? Clock(Group match, int hour, bool? pm)
    {
        var minute = match is Match m && m.Groups["m"].Success ? int.Parse(m.Groups["m"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var second = match is Match s && s.Groups["s"].Success ? int.Parse(s.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        if (hour > 23 || minute > 59 || second > 59 || (pm is not null && hour is 0 or > 12))
        {
            return null;
        }

        int? guessed = pm is null && hour is >= 1 and <= 12 ? hour : null;
        var resolved = pm switch
        {
            true => hour % 12 + 12,
            false => hour % 12,
            null when guessed is { } g => g <= 7 ? g + 12 : g,
            _ => hour,
        };
        var time = new TimeOnly(resolved, minute, second);
        return new TemporalMatch(match.Index, match.Index + match.Length, TemporalKind.Time, Timex.Of(time)) { Time = time, GuessedHour = guessed };
    }

    private static int Hour(Match m)
    {
        var hour = m.Groups["h"].Value;
        var word = Array.IndexOf(HourWords, hour.ToLowerInvariant());
        return word >= 0 ? word + 1 : int.Parse(hour, CultureInfo.InvariantCulture);
    }

    private const string HourWord = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.$£€/-])(?<h>\d{1,2}|" + HourWord + @")(?:[:.](?<m>\d{2}))?(?::(?<s>\d{2}))?\s?(?<ampm>[ap]\.m\.|[ap]\.?m\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WithMeridiem();

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.$£€/-])(?<h>\d{1,2}):(?<m>\d{2})(?::(?<s>\d{2}))?(?![\p{N}]|:\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Colon();

    [GeneratedRegex(@"(?<![\p{L}\p{N}:.$£€/-])(?<h>\d{1,2}|" + HourWord + @")\s?o['’]?\s?clock\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OClock();

    [GeneratedRegex(@"\b(?:at|around|by)\s+(?<time>(?<h>\d{1,2}))(?=\s*(?:[.!?,;)]|$)|\s+(?:today|tomorrow|tonight|on|this|next)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareAt();

    [GeneratedRegex(@"\b(?:(?<noon>noon|midday|mid-day)|(?<midnight>midnight)|(?:the\s+)?end\s+of\s+(?<day>today|tomorrow)|(?<business>(?:the\s+)?(?:close|end)\s+of\s+(?:the\s+)?business(?:\s+day)?|cob)|(?:the\s+)?end\s+of\s+(?:the\s+)?day|eod)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Named();
}
