namespace BotCare.Cases;

/// <summary>What the customer said to an offer.</summary>
public enum OfferResponse
{
    Pending,
    Agreed,
    Declined,
}
