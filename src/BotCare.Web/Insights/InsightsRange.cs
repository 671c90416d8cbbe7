using System.Globalization;
using BotCare.Cases;

namespace BotCare.Web;

/// <summary>Reads the <c>from</c> and <c>to</c> of an insights request; without them, the last twelve weeks up to today.</summary>
public static class InsightsRange
{
    public const int DefaultWeeks = 12;

    /// <summary>Longer periods are refused: a report is meant for weeks and quarters, and each one loads its cases.</summary>
    public const int MaxDays = 800;

    /// <returns>The period, or the reason the dates cannot make one.</returns>
    public static (InsightsPeriod? Period, string? Error) Parse(string? from, string? to, DateOnly today)
    {
        // Whichever is missing follows from the other: 'to' is today, 'from' twelve weeks of days before 'to'.
        if (!TryDate(to, out var end))
        {
            return (null, $"'to' must be a date as yyyy-MM-dd, such as {today:yyyy-MM-dd}.");
        }

        if (!TryDate(from, out var start))
        {
            return (null, $"'from' must be a date as yyyy-MM-dd, such as {today:yyyy-MM-dd}.");
        }

        var last = end ?? today;
        return Check(start ?? InsightsPeriod.LastWeeks(last, DefaultWeeks).From, last);
    }

    private static (InsightsPeriod? Period, string? Error) Check(DateOnly start, DateOnly end)
    {
        if (end < start)
        {
            return (null, $"'from' ({start:yyyy-MM-dd}) is after 'to' ({end:yyyy-MM-dd}).");
        }

        if (end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            return (null, $"The period is longer than {MaxDays} days; choose a shorter one.");
        }

        return (new InsightsPeriod(start, end), null);
    }

    private static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }

        date = parsed;
        return true;
    }
}
