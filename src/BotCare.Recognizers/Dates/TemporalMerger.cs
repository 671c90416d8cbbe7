using System.Text.RegularExpressions;

namespace BotCare.Recognizers.Dates;

/// <summary>
/// Joins neighbours into one datetime: "tomorrow" + "at 3pm", "noon" + "on Friday", "Friday" + "night",
/// "tonight" + "at 8", "end of day" + "Friday".
/// </summary>
internal static partial class TemporalMerger
{
    public static List<TemporalMatch> Merge(DateContext context, List<TemporalMatch> selected)
    {
        var text = context.Text;
        var list = selected.Select(m => WithPartOfDay(text, m)).ToList();
        var i = 0;
        while (i < list.Count - 1)
        {
            var gap = text[list[i].End..list[i + 1].Start];
            if (TryMerge(list[i], list[i + 1], gap) is { } merged)
            {
                list[i] = merged;
                list.RemoveAt(i + 1);
            }
            else
            {
                i++;
            }
        }

        return list.Select(m => m.MeansToday && m.Kind == TemporalKind.Time ? OnDay(m, m, context.Today, Timex.Of(context.Today)) : m).ToList();
    }

    private static TemporalMatch WithPartOfDay(string text, TemporalMatch match)
    {
        if (match.Kind != TemporalKind.Date || PartOfDay().Match(text, match.End) is not { Success: true } part)
        {
            return match;
        }

        var code = RelativeDayParser.PartCode(part.Groups["part"].Value);
        var merged = RelativeDayParser.WithPartOfDay(match.Start, part.Index + part.Length, match.Date, code);
        return merged with { Timex = match.Timex + "T" + code };
    }

    private static TemporalMatch? TryMerge(TemporalMatch first, TemporalMatch second, string gap)
    {
        if (IsDay(first) && second.Kind == TemporalKind.Time && DateThenTime().IsMatch(gap))
        {
            return OnDay(second, first, first.Date, DateTimex(first)) with { Start = first.Start, End = second.End };
        }

        if (first.Kind == TemporalKind.Time && IsDay(second)
            && (TimeThenDate().IsMatch(gap) || (second.PartOfDay is not null && gap.Trim().Length == 0)))
        {
            return OnDay(first, second, second.Date, DateTimex(second)) with { Start = first.Start, End = second.End };
        }

        return null;
    }

    /// <summary>Puts a time on a day; a part of day ("tonight") settles an hour said without am/pm.</summary>
    private static TemporalMatch OnDay(TemporalMatch time, TemporalMatch day, DateOnly date, string dateTimex)
    {
        var clock = time.Time;
        if (day.PartOfDay is { } part && time.GuessedHour is { } hour)
        {
            var resolved = part == "MO" ? hour % 12 : part == "NI" && hour == 12 ? 0 : (hour % 12) + 12;
            clock = new TimeOnly(resolved, clock.Minute, clock.Second);
        }

        return TemporalMatch.At(time.Start, time.End, date, clock, dateTimex + Timex.Of(clock));
    }

    private static bool IsDay(TemporalMatch match) =>
        match.Kind == TemporalKind.Date || (match.Kind == TemporalKind.DateTime && match.PartOfDay is not null);

    private static string DateTimex(TemporalMatch match)
    {
        var t = match.Timex.IndexOf('T', StringComparison.Ordinal);
        return t < 0 ? match.Timex : match.Timex[..t];
    }

    [GeneratedRegex(@"\G\s+(?:in\s+the\s+)?(?<part>morning|afternoon|evening|night)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PartOfDay();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:(?:at|around|about|by|before|from|@)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateThenTime();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?:on\s+|of\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeThenDate();
}
