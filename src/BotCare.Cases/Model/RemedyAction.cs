namespace BotCare.Cases;

/// <summary>Something done for the customer: a refund issued, a replacement shipped, a visit booked.</summary>
public sealed class RemedyAction
{
    public RemedyItem Item { get; set; } = new(RemedyType.None);

    /// <summary>What happens next, as told to the customer.</summary>
    public string Description { get; set; } = string.Empty;

    /// <summary>The company system's reference (refund id, shipment number), when it gave one.</summary>
    public string? Reference { get; set; }

    public DateTimeOffset At { get; set; }
}
