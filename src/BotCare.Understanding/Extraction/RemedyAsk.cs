namespace BotCare.Understanding;

/// <summary>What the customer asks for: a kind of remedy, and an amount or a share of the order when they said one.</summary>
/// <param name="Kind">The remedy.</param>
/// <param name="Amount">An amount of money ("$50", "fifty bucks").</param>
/// <param name="Currency">Its ISO currency code.</param>
/// <param name="ShareOfOrder">A share of the price ("half my money back" is 0.5, "a full refund" 1).</param>
/// <param name="IsExplicit">
/// Whether the words ask ("I want", "give me", "can you"): in a story, "the refund never came" names a remedy
/// without asking for one.
/// </param>
public sealed record RemedyAsk(RemedyKind Kind, decimal? Amount = null, string? Currency = null, decimal? ShareOfOrder = null, bool IsExplicit = false);
