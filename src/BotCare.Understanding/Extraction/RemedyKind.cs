namespace BotCare.Understanding;

/// <summary>The kind of remedy a customer asks for.</summary>
public enum RemedyKind
{
    None,
    Refund,
    Replacement,
    Repair,
    DiscountOrCredit,

    /// <summary>Money for a loss beyond the order: lost wages, time off work, "for my trouble".</summary>
    Compensation,
    Cancel,
}
