namespace BotCare.Cases;

/// <summary>When a replacement is allowed.</summary>
public sealed class ReplacementRules
{
    /// <summary>Days after delivery within which a replacement ships.</summary>
    public int WindowDays { get; set; } = 30;

    /// <summary>Whether the item must be in stock (otherwise a refund is offered instead).</summary>
    public bool RequiresInStock { get; set; } = true;
}
