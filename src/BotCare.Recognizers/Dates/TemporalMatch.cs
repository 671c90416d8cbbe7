namespace BotCare.Recognizers.Dates;

/// <summary>A date or time expression found in the text, [Start, End), with what it resolves to.</summary>
internal sealed record TemporalMatch(int Start, int End, TemporalKind Kind, string Timex)
{
    /// <summary>The date; for a range, its first day.</summary>
    public DateOnly Date { get; init; }

    public TimeOnly Time { get; init; }

    /// <summary>For a range, the day after its last day (the end is exclusive, as in Recognizers-Text).</summary>
    public DateOnly RangeEnd { get; init; }

    /// <summary>For a duration, its length in seconds.</summary>
    public decimal Seconds { get; init; }

    /// <summary>"MO", "AF", "EV" or "NI" when the time is a part of the day ("this morning", "tonight").</summary>
    public string? PartOfDay { get; init; }

    /// <summary>The hour as said (1..12) when no am/pm was given ("at 3"), so a part of day can settle it.</summary>
    public int? GuessedHour { get; init; }

    /// <summary>"end of day", "EOD": a time that means today unless a date is attached.</summary>
    public bool MeansToday { get; init; }

    public static TemporalMatch OnDate(int start, int end, DateOnly date, string? timex = null) =>
        new(start, end, TemporalKind.Date, timex ?? Dates.Timex.Of(date)) { Date = date };

    public static TemporalMatch At(int start, int end, DateOnly date, TimeOnly time, string? timex = null) =>
        new(start, end, TemporalKind.DateTime, timex ?? Dates.Timex.Of(date, time)) { Date = date, Time = time };

    public static TemporalMatch Range(int start, int end, DateOnly first, DateOnly endExclusive, string timex) =>
        new(start, end, TemporalKind.DateRange, timex) { Date = first, RangeEnd = endExclusive };
}
