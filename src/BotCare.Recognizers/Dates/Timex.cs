using System.Globalization;

namespace BotCare.Recognizers.Dates;

/// <summary>TIMEX3 strings as Recognizers-Text writes them: "2026-11-20", "T15:30", "2026-W47", "P3D".</summary>
internal static class Timex
{
    public static string Of(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Of(TimeOnly time) =>
        "T" + (time.Second != 0 ? time.ToString("HH:mm:ss", CultureInfo.InvariantCulture)
            : time.Minute != 0 ? time.ToString("HH:mm", CultureInfo.InvariantCulture)
            : time.ToString("HH", CultureInfo.InvariantCulture));

    public static string Of(DateOnly date, TimeOnly time) => Of(date) + Of(time);

    /// <summary>A computed moment ("in 2 hours"): every field written out.</summary>
    public static string Exact(DateTime moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A date whose year (or month) was not said: "XXXX-03-03", "XXXX-XX-03".</summary>
    public static string WithoutYear(int month, int day) =>
        string.Create(CultureInfo.InvariantCulture, $"XXXX-{month:00}-{day:00}");

    public static string DayOfMonth(int day) => string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{day:00}");

    /// <summary>A weekday on its own: "XXXX-WXX-5" for Friday (ISO numbering, Monday = 1).</summary>
    public static string Weekday(DayOfWeek day) =>
        string.Create(CultureInfo.InvariantCulture, $"XXXX-WXX-{(day == DayOfWeek.Sunday ? 7 : (int)day)}");

    public static string Week(DateOnly monday) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue)):00}");

    public static string Month(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");

    public static string Span(DateOnly start, DateOnly end, string duration) => $"({Of(start)},{Of(end)},{duration})";

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
