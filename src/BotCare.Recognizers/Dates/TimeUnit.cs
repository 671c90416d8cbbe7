namespace BotCare.Recognizers.Dates;

/// <summary>A unit of time as durations use it: its TIMEX letter and its length in seconds.</summary>
/// <param name="Code">"D", "W", "M", "Y", "H", "M" (minutes, after "T"), "S", or "BD" for business days.</param>
/// <param name="Seconds">Months count 30 days and years 365, as Recognizers-Text does.</param>
/// <param name="IsClock">Hours, minutes and seconds: "in 2 hours" is a datetime, "in 2 days" a date.</param>
internal sealed record TimeUnit(string Code, int Seconds, bool IsClock)
{
    public static TimeUnit From(string word)
    {
        var w = word.ToLowerInvariant();
        return w switch
        {
            _ when w.StartsWith("business", StringComparison.Ordinal) || w.StartsWith("working", StringComparison.Ordinal) => new("BD", 86_400, false),
            _ when w.StartsWith("sec", StringComparison.Ordinal) => new("S", 1, true),
            _ when w.StartsWith("min", StringComparison.Ordinal) => new("M", 60, true),
            _ when w.StartsWith('h') => new("H", 3_600, true),
            _ when w.StartsWith('d') => new("D", 86_400, false),
            _ when w.StartsWith('w') => new("W", 604_800, false),
            _ when w.StartsWith('f') => new("FN", 1_209_600, false),
            _ when w.StartsWith("mo", StringComparison.Ordinal) => new("MON", 2_592_000, false),
            _ => new("Y", 31_536_000, false),
        };
    }

    /// <summary>"P3D", "P2W", "PT2H", "PT30M", "P5BD"; a fortnight is written as two weeks.</summary>
    public string Duration(decimal amount) => Code switch
    {
        "FN" => "P" + Timex.Number(amount * 2) + "W",
        "MON" => "P" + Timex.Number(amount) + "M",
        _ when IsClock => "PT" + Timex.Number(amount) + Code,
        _ => "P" + Timex.Number(amount) + Code,
    };

    /// <summary>Moves a moment by an amount of this unit; null beyond a thousand years, which no customer means.</summary>
    public DateTime? Shift(DateTime moment, decimal amount)
    {
        if (Math.Abs(amount) * Seconds > 1_000m * 31_536_000)
        {
            return null;
        }

        var whole = decimal.Truncate(amount) == amount;
        return Code switch
        {
            "MON" when whole => moment.AddMonths((int)amount),
            "Y" when whole => moment.AddYears((int)amount),
            "BD" when whole => AddBusinessDays(moment, (int)amount),
            _ => moment.AddSeconds((double)(amount * Seconds)),
        };
    }

    private static DateTime AddBusinessDays(DateTime moment, int days)
    {
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0;)
        {
            moment = moment.AddDays(step);
            left -= moment.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return moment;
    }
}
