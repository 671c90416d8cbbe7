namespace BotCare.Cases;

/// <summary>The customer's satisfaction score (CSAT, 1 to 5) given after a follow-up, with their optional comment.</summary>
public sealed class Satisfaction
{
    /// <summary>1 (very unhappy) to 5 (very happy).</summary>
    public int Score { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset At { get; set; }
}
