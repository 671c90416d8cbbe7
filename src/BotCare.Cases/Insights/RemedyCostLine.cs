namespace BotCare.Cases;

/// <summary>
/// What one kind of remedy cost: how many actions of the type were taken and the sum of their money amounts, one sum
/// per currency (never converted); types with no amounts (a replacement) have none.
/// </summary>
public sealed record RemedyCostLine(RemedyType Type, int Actions, IReadOnlyList<Money> Amounts);
