namespace BotCare.Recognizers.Dates;

/// <summary>Dates said without a year (or month): which occurrence the speaker means.</summary>
internal static class YearResolver
{
    /// <summary>
    /// "March 3": nearest to today, or the latest past / earliest future one when the tense says so. A weekday
    /// said with it ("Friday, March 6") picks the year in which the date falls on that weekday, when there is one.
    /// </summary>
    public static DateOnly MonthDay(DateContext context, int month, int day, DayOfWeek? weekday, int start, int end)
    {
        var candidates = CalendarMath.AroundYear(context.Today.Year, month, day).ToList();
        var matching = candidates.Where(d => d.DayOfWeek == weekday).ToList();
        return CalendarMath.Choose(matching.Count > 0 ? matching : candidates, context.Today, context.TenseAt(start, end));
    }

    /// <summary>"on the 3rd": the 3rd of this, last or next month, by the same rule.</summary>
    public static DateOnly DayOfMonth(DateContext context, int day, int start, int end)
    {
        var first = new DateOnly(context.Today.Year, context.Today.Month, 1);
        var candidates = new[] { first.AddMonths(-1), first, first.AddMonths(1) }
            .Where(m => day <= DateTime.DaysInMonth(m.Year, m.Month))
            .Select(m => new DateOnly(m.Year, m.Month, day));
        return CalendarMath.Choose(candidates, context.Today, context.TenseAt(start, end));
    }
}
