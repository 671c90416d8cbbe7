namespace BotCare.Cases;

/// <summary>Whether the bot granted what was asked, proposed something itself, or countered an ask beyond policy.</summary>
public enum OfferKind
{
    /// <summary>What the customer asked for, accepted as it is.</summary>
    Accepted,

    /// <summary>The default remedy, suggested because the customer had nothing in mind.</summary>
    Suggested,

    /// <summary>The best in-policy remedy, offered instead of an ask beyond policy.</summary>
    CounterOffer,

    /// <summary>The same offer again, held politely because the ask looked like abuse.</summary>
    StoodFirm,
}
