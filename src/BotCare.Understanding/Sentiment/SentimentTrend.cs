namespace BotCare.Understanding;

/// <summary>Which way the customer's anger is going over the conversation.</summary>
public enum SentimentTrend
{
    Calming,
    Steady,
    Rising,
}
