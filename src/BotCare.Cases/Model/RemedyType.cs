namespace BotCare.Cases;

/// <summary>The kinds of remedy the bot can ask about, offer and record.</summary>
public enum RemedyType
{
    /// <summary>The customer had no remedy in mind, or none was agreed.</summary>
    None,

    /// <summary>Money back, all or part of what was paid.</summary>
    Refund,

    /// <summary>A new item, or the right item.</summary>
    Replacement,

    /// <summary>Fixing the item.</summary>
    Repair,

    /// <summary>A discount, voucher or account credit.</summary>
    Credit,

    /// <summary>Doing the service again, properly and first in line (a missed appointment rebooked).</summary>
    Redo,

    /// <summary>Money for a loss beyond the order (lost wages, travel): not something policy pays.</summary>
    Compensation,

    /// <summary>A coupon for a next purchase: a small reason to come back (playbook step 15).</summary>
    Coupon,

    /// <summary>Cancelling the order or subscription.</summary>
    Cancellation,

    /// <summary>Anything else the customer asked for.</summary>
    Other,
}
