namespace BotCare.Builder.Dialogs;

/// <summary>One reading of a date or time the user gave, as TIMEX and as values.</summary>
public sealed class DateTimeResolution
{
    /// <summary>A point in time: <c>2026-11-20</c>, <c>15:00:00</c> or <c>2026-11-20 15:00:00</c>.</summary>
    public string? Value { get; set; }

    /// <summary>The start of a range.</summary>
    public string? Start { get; set; }

    /// <summary>The end of a range.</summary>
    public string? End { get; set; }

    /// <summary>The TIMEX expression, e.g. <c>2026-11-20</c> or <c>XXXX-WXX-5</c>.</summary>
    public string? Timex { get; set; }
}
