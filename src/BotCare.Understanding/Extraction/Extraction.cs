namespace BotCare.Understanding;

/// <summary>The facts in a message: order numbers, products, amounts, dates, claims, and the remedy asked for.</summary>
public sealed record Extraction(
    IReadOnlyList<string> OrderNumbers,
    IReadOnlyList<string> Products,
    IReadOnlyList<MoneyMention> Amounts,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<ClaimKind> Claims,
    RemedyAsk? Remedy)
{
    public static Extraction Empty { get; } = new([], [], [], [], [], null);
}
