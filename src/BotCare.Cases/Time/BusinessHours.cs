using System.Globalization;
using Microsoft.Extensions.Options;

namespace BotCare.Cases;

/// <summary>
/// Concrete times for promises (playbook step 14): "by the end of today" means today's closing time when
/// people are still at work, else the next working day's.
/// </summary>
public sealed class BusinessHours
{
    private readonly BusinessHoursOptions _options;
    private readonly TimeZoneInfo _zone;

    public BusinessHours(IOptions<BusinessHoursOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _zone = TimeZoneInfo.FindSystemTimeZoneById(_options.TimeZone);
    }

    /// <summary>The end of the current working day, or of the next one when today's is over or not a working day.</summary>
    public DateTimeOffset EndOfBusinessDay(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        if (!IsWorkDay(day) || TimeOnly.FromDateTime(local.DateTime) >= _options.Closes)
        {
            day = NextWorkDay(day);
        }

        return At(day, _options.Closes);
    }

    /// <summary>The company's wall-clock time at <paramref name="now"/>.</summary>
    public DateTime LocalTime(DateTimeOffset now) => TimeZoneInfo.ConvertTime(now, _zone).DateTime;

    /// <summary><paramref name="days"/> working days or calendar days ahead, at <paramref name="time"/> local time.</summary>
    public DateTimeOffset DaysAhead(DateTimeOffset now, int days, TimeOnly time)
    {
        var day = DateOnly.FromDateTime(LocalTime(now)).AddDays(days);
        return At(day, time);
    }

    /// <summary>Whether someone is at work now.</summary>
    public bool IsOpen(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, _zone);
        var time = TimeOnly.FromDateTime(local.DateTime);
        return IsWorkDay(DateOnly.FromDateTime(local.DateTime)) && time >= _options.Opens && time < _options.Closes;
    }

    /// <summary>How a due time reads to the customer: "by 5 pm today", "by 5 pm tomorrow", "by 5 pm on Monday".</summary>
    public string Describe(DateTimeOffset due, DateTimeOffset now)
    {
        var localDue = TimeZoneInfo.ConvertTime(due, _zone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, _zone).DateTime);
        var dueDay = DateOnly.FromDateTime(localDue.DateTime);
        var time = localDue.Minute == 0
            ? localDue.ToString("h tt", CultureInfo.InvariantCulture).ToLowerInvariant()
            : localDue.ToString("h:mm tt", CultureInfo.InvariantCulture).ToLowerInvariant();
        var when = (dueDay.DayNumber - today.DayNumber) switch
        {
            0 => "today",
            1 => "tomorrow",
            < 7 => "on " + dueDay.DayOfWeek,
            _ => "on " + dueDay.ToString("MMMM d", CultureInfo.InvariantCulture),
        };
        return $"by {time} {when}";
    }

    private bool IsWorkDay(DateOnly day) => _options.WorkDays.Contains(day.DayOfWeek);

    private DateOnly NextWorkDay(DateOnly day)
    {
        do
        {
            day = day.AddDays(1);
        }
        while (!IsWorkDay(day));
        return day;
    }

    /// <summary><paramref name="time"/> on <paramref name="day"/>, the company's wall clock, as an instant.</summary>
    public DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time);
        return new DateTimeOffset(local, _zone.GetUtcOffset(local));
    }
}
