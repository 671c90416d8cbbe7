namespace BotCare.Cases;

/// <summary>What the customer asked for, and the words they used.</summary>
public sealed class RemedyRequest
{
    public RemedyType Type { get; set; }

    public Money? Amount { get; set; }

    public string? CustomerWords { get; set; }

    public DateTimeOffset At { get; set; }
}
