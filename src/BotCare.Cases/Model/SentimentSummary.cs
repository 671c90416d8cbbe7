namespace BotCare.Cases;

/// <summary>How upset the customer was: anger from 0 (calm) to 1 (furious) at the start, at the worst, and at the end.</summary>
public sealed class SentimentSummary
{
    public double? Start { get; set; }

    public double? Peak { get; set; }

    public double? End { get; set; }

    /// <summary><c>calming</c>, <c>steady</c> or <c>rising</c>.</summary>
    public string? Trend { get; set; }

    public void Record(double anger, string trend)
    {
        Start ??= anger;
        Peak = Math.Max(Peak ?? anger, anger);
        End = anger;
        Trend = trend;
    }
}
