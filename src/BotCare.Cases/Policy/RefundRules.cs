namespace BotCare.Cases;

/// <summary>Refund limits: a refund never covers more than this share of the order, nor more than the absolute cap.</summary>
public sealed class RefundRules
{
    /// <summary>The largest refund policy allows on any order.</summary>
    public decimal MaxAmount { get; set; } = 2000m;

    /// <summary>The largest share of the order value a refund covers (1.0 = the full price).</summary>
    public decimal MaxShareOfOrder { get; set; } = 1.0m;

    /// <summary>Days after delivery (or purchase) within which a refund is possible.</summary>
    public int WindowDays { get; set; } = 60;
}
