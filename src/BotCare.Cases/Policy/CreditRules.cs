namespace BotCare.Cases;

/// <summary>Goodwill credit (discount, voucher, account credit) limits.</summary>
public sealed class CreditRules
{
    /// <summary>The credit offered when one is due and the customer named no amount.</summary>
    public decimal DefaultAmount { get; set; } = 25m;

    public decimal MaxAmount { get; set; } = 75m;

    /// <summary>The largest share of the order value a credit may be (0.5 = half).</summary>
    public decimal MaxShareOfOrder { get; set; } = 0.75m;
}
