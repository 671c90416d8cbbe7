namespace BotCare.Recognizers.Dates;

/// <summary>Week arithmetic with Monday as the first day of the week (ISO 8601).</summary>
internal static class CalendarMath
{
    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    public static DateOnly InWeek(DateOnly monday, DayOfWeek day) => monday.AddDays(((int)day + 6) % 7);

    /// <summary>The closest <paramref name="day"/> strictly before (or, going forward, strictly after) today.</summary>
    public static DateOnly Nearest(DateOnly today, DayOfWeek day, bool forward)
    {
        var step = forward ? 1 : -1;
        var date = today.AddDays(step);
        while (date.DayOfWeek != day)
        {
            date = date.AddDays(step);
        }

        return date;
    }

    /// <summary>
    /// Picks among dates one year apart (or one month apart) the one the tense asks for: the latest not after
    /// today for the past, the earliest not before today for the future, otherwise the nearest (past on a tie).
    /// </summary>
    public static DateOnly Choose(IEnumerable<DateOnly> candidates, DateOnly today, Tense tense)
    {
        var list = candidates.Order().ToList();
        return tense switch
        {
            Tense.Past => list.LastOrDefault(d => d <= today, list[0]),
            Tense.Future => list.FirstOrDefault(d => d >= today, list[^1]),
            _ => list.OrderBy(d => Math.Abs(d.DayNumber - today.DayNumber)).ThenBy(d => d).First(),
        };
    }

    public static IEnumerable<DateOnly> AroundYear(int year, int month, int day)
    {
        for (var y = year - 1; y <= year + 1; y++)
        {
            if (day <= DateTime.DaysInMonth(y, month))
            {
                yield return new DateOnly(y, month, day);
            }
        }
    }
}
