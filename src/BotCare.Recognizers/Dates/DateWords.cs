namespace BotCare.Recognizers.Dates;

/// <summary>Month and weekday names, with the abbreviations customers type.</summary>
internal static class DateWords
{
    /// <summary>Longest spellings first, so that "march" is tried before "mar".</summary>
    public const string Months =
        "january|february|march|april|may|june|july|august|september|october|november|december"
        + "|sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec";

    /// <summary>Full month names only, for expressions where "mar" or "may" alone would be too risky.</summary>
    public const string FullMonths = "january|february|march|april|may|june|july|august|september|october|november|december";

    /// <summary>"sat", "sun", "wed" are everyday words; only unambiguous short forms are read.</summary>
    public const string Weekdays = "monday|tuesday|wednesday|thursday|friday|saturday|sunday|tues|weds|thurs";

    public static int Month(string name) => name.ToLowerInvariant()[..3] switch
    {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    };

    public static DayOfWeek Weekday(string name) => name.ToLowerInvariant()[..3] switch
    {
        "mon" => DayOfWeek.Monday,
        "tue" => DayOfWeek.Tuesday,
        "wed" => DayOfWeek.Wednesday,
        "thu" => DayOfWeek.Thursday,
        "fri" => DayOfWeek.Friday,
        "sat" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };
}
