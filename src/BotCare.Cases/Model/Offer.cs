namespace BotCare.Cases;

/// <summary>An offer or counter-offer made to the customer, with the reason given.</summary>
public sealed class Offer
{
    public OfferKind Kind { get; set; }

    public Remedy Remedy { get; set; } = new();

    /// <summary>The reason in words the customer was given (empty when the ask was simply granted).</summary>
    public string Reason { get; set; } = string.Empty;

    public OfferResponse Response { get; set; } = OfferResponse.Pending;

    public DateTimeOffset At { get; set; }
}
