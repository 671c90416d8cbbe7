namespace BotCare.Builder.Dialogs;

/// <summary>An amount of money and its ISO 4217 currency code.</summary>
public sealed record MoneyAmount(decimal Amount, string Currency);
