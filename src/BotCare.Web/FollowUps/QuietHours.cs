using BotCare.Cases;

namespace BotCare.Web;

/// <summary>The quiet hours of <see cref="FollowUpOptions"/>, on the company's clock: nobody gets a follow-up at night.</summary>
public static class QuietHours
{
    /// <summary><paramref name="now"/> when it is outside the quiet hours, else the moment they end.</summary>
    public static DateTimeOffset NextAllowed(DateTimeOffset now, FollowUpOptions options, BusinessHours hours)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(hours);
        if (options.QuietFrom == options.QuietUntil)
        {
            return now;
        }

        var local = hours.LocalTime(now);
        var time = TimeOnly.FromDateTime(local);
        var today = DateOnly.FromDateTime(local);

        // The window may wrap midnight (20:00 to 09:00) or not (12:00 to 14:00).
        var wraps = options.QuietFrom > options.QuietUntil;
        if (wraps)
        {
            if (time >= options.QuietFrom)
            {
                return hours.At(today.AddDays(1), options.QuietUntil);
            }

            return time < options.QuietUntil ? hours.At(today, options.QuietUntil) : now;
        }

        return time >= options.QuietFrom && time < options.QuietUntil ? hours.At(today, options.QuietUntil) : now;
    }
}
