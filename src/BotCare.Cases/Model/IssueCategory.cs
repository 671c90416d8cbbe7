namespace BotCare.Cases;

/// <summary>What one problem is about.</summary>
public enum IssueCategory
{
    /// <summary>The thing itself: broken, wrong, not as described, not worth the money.</summary>
    Product,

    /// <summary>How the customer was treated or kept informed.</summary>
    Service,

    /// <summary>Shipping: late, lost, damaged by the courier, wrong address.</summary>
    Delivery,

    /// <summary>Charges: double charged, overcharged, refund not received.</summary>
    Billing,

    /// <summary>Unhappy, but not about a product or a service failure.</summary>
    General,
}
