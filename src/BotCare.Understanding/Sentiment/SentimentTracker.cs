namespace BotCare.Understanding;

/// <summary>The direction of anger over a conversation: the latest message against the few before it.</summary>
public static class SentimentTracker
{
    /// <summary>How much anger must move against the recent average to count as a change.</summary>
    public const double Threshold = 0.2;

    public static SentimentTrend Trend(IReadOnlyList<double> angerHistory)
    {
        ArgumentNullException.ThrowIfNull(angerHistory);
        if (angerHistory.Count < 2)
        {
            return SentimentTrend.Steady;
        }

        var last = angerHistory[^1];
        var recent = angerHistory.Take(angerHistory.Count - 1).TakeLast(3).Average();
        if (last - recent >= Threshold && last >= 0.45)
        {
            return SentimentTrend.Rising;
        }

        return recent - last >= Threshold ? SentimentTrend.Calming : SentimentTrend.Steady;
    }
}
