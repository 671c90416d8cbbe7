namespace BotCare.Cases;

/// <summary>When the company's people work, from the <c>BusinessHours</c> section: promises are made in these hours.</summary>
public sealed class BusinessHoursOptions
{
    public const string SectionName = "BusinessHours";

    /// <summary>An IANA time zone id, e.g. <c>America/New_York</c>.</summary>
    public string TimeZone { get; set; } = "America/New_York";

    public TimeOnly Opens { get; set; } = new(9, 0);

    public TimeOnly Closes { get; set; } = new(17, 0);

    public List<DayOfWeek> WorkDays { get; set; } =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
}
