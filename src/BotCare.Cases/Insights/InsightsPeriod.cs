namespace BotCare.Cases;

/// <summary>
/// The days a report covers, both included, in UTC: a case belongs to the period when it was created on one of them.
/// </summary>
public sealed record InsightsPeriod
{
    public InsightsPeriod(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The period ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}).", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>The first instant of the period (midnight UTC of its first day).</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the period (midnight UTC after its last day), exclusive.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The period's last <paramref name="weeks"/> whole weeks' worth of days, ending on <paramref name="today"/>.</summary>
    public static InsightsPeriod LastWeeks(DateOnly today, int weeks) => new(today.AddDays(1 - (7 * weeks)), today);

    /// <summary>Every ISO week the period touches, in order; the first and last may be only partly inside it.</summary>
    public IReadOnlyList<IsoWeek> Weeks()
    {
        var weeks = new List<IsoWeek>();
        for (var monday = IsoWeek.Of(From).Monday; monday <= To; monday = monday.AddDays(7))
        {
            weeks.Add(IsoWeek.Of(monday));
        }

        return weeks;
    }
}
