namespace BotCare.Cases;

/// <summary>When a repair is covered: within each product's warranty, unless this overrides it.</summary>
public sealed class RepairRules
{
    /// <summary>Used when the order line gives no warranty.</summary>
    public int DefaultWarrantyMonths { get; set; } = 12;
}
