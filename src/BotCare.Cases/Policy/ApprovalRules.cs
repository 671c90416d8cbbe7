namespace BotCare.Cases;

/// <summary>What the bot may grant on its own; anything above needs a person's approval.</summary>
public sealed class ApprovalRules
{
    public decimal RefundAbove { get; set; } = 150m;

    public decimal CreditAbove { get; set; } = 75m;

    /// <summary>Replacements of orders worth more than this need a person.</summary>
    public decimal ReplacementAbove { get; set; } = 800m;
}
