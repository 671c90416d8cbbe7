using System.Globalization;

namespace BotCare.Cases;

/// <summary>An ISO 8601 week (Monday to Sunday; week 1 holds the year's first Thursday), the unit of every trend.</summary>
public sealed record IsoWeek(int Year, int Week, DateOnly Monday)
{
    /// <summary>How a week is named in reports and CSV: <c>2026-W49</c>.</summary>
    public string Label => $"{Year}-W{Week:00}";

    /// <summary>The week of an instant, taken in UTC so every instance and viewer puts a case in the same week.</summary>
    public static IsoWeek Of(DateTimeOffset at) => Of(DateOnly.FromDateTime(at.UtcDateTime));

    public static IsoWeek Of(DateOnly day)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        var year = ISOWeek.GetYear(date);
        var week = ISOWeek.GetWeekOfYear(date);
        return new IsoWeek(year, week, DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday)));
    }
}
