using System.Globalization;
using BotCare.Recognizers.Dates;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers;

/// <summary>Dates, times, date ranges and durations, in the result shapes of Recognizers-Text's datetimeV2 model.</summary>
public static class DateTimeRecognizer
{
    /// <summary>
    /// Finds date and time expressions and resolves them against <paramref name="referenceTime"/>, the moment the
    /// message was sent. TypeName is <c>datetimeV2.</c> + <c>date</c>, <c>time</c>, <c>datetime</c>,
    /// <c>daterange</c> or <c>duration</c>; Resolution is <c>{"values": [ {...} ]}</c> with one entry of strings:
    /// <c>timex</c>, <c>type</c> and <c>value</c> ("yyyy-MM-dd", "HH:mm:ss", "yyyy-MM-dd HH:mm:ss", or seconds
    /// for a duration) or, for a range, <c>start</c> and <c>end</c> (end exclusive).
    /// </summary>
    /// <remarks>
    /// Conventions: weeks start on Monday; "last/next Friday" is Friday of the previous/next week; a bare
    /// weekday is the nearest past one unless the clause is future ("by Friday", "will arrive Friday"); a
    /// date without a year is the nearest occurrence unless the clause says past or future; "end of day" is
    /// 23:59:59 and "close of business" 17:00; parts of day resolve to their start (morning 08:00, afternoon
    /// 12:00, evening 16:00, night 20:00); hours without am/pm follow business hours (1-7 pm, 8-11 am).
    /// Leading prepositions ("on", "by", "at", "for", "since") are not part of the matched text; "in" is.
    /// </remarks>
    public static IReadOnlyList<ModelResult> RecognizeDateTime(string query, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(query);
        var context = new DateContext(query, referenceTime);
        var candidates = RelativeDayParser.Parse(context)
            .Concat(WeekdayParser.Parse(context))
            .Concat(CalendarDateParser.Parse(context))
            .Concat(MonthParser.Parse(context))
            .Concat(CalendarRangeParser.Parse(context))
            .Concat(HolidayParser.Parse(context))
            .Concat(QuantityParser.Parse(context))
            .Concat(TimeParser.Parse(context))
            .Select(m => new TextSpan<TemporalMatch>(m.Start, m.End, m));
        var selected = SpanSelector.Longest(candidates).Select(s => s.Value).ToList();
        return TemporalMerger.Merge(context, selected)
            .Select(m => new ModelResult(query[m.Start..m.End], m.Start, m.End - 1, "datetimeV2." + TypeOf(m.Kind), Resolution(m)))
            .ToList();
    }

    private static string TypeOf(TemporalKind kind) => kind switch
    {
        TemporalKind.Date => "date",
        TemporalKind.Time => "time",
        TemporalKind.DateTime => "datetime",
        TemporalKind.DateRange => "daterange",
        _ => "duration",
    };

    private static Dictionary<string, object?> Resolution(TemporalMatch match)
    {
        var entry = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["timex"] = match.Timex,
            ["type"] = TypeOf(match.Kind),
        };
        switch (match.Kind)
        {
            case TemporalKind.DateRange:
                entry["start"] = Timex.Of(match.Date);
                entry["end"] = Timex.Of(match.RangeEnd);
                break;
            case TemporalKind.Duration:
                entry["value"] = Timex.Number(match.Seconds);
                break;
            case TemporalKind.Time:
                entry["value"] = match.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                break;
            case TemporalKind.DateTime:
                entry["value"] = match.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " "
                    + match.Time.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
                break;
            default:
                entry["value"] = Timex.Of(match.Date);
                break;
        }

        return new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["values"] = new List<IReadOnlyDictionary<string, string>> { entry },
        };
    }
}
