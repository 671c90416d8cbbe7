namespace BotCare.Cases;

/// <summary>One product on an order.</summary>
public sealed class OrderLine
{
    public string Sku { get; set; } = string.Empty;

    public string Product { get; set; } = string.Empty;

    public int Quantity { get; set; } = 1;

    public decimal UnitPrice { get; set; }

    /// <summary>Whether a replacement can ship now.</summary>
    public bool InStock { get; set; } = true;

    public int WarrantyMonths { get; set; } = 12;
}
