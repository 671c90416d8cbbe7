namespace BotCare.Understanding;

/// <summary>An amount of money in the message, as written and as a value.</summary>
public sealed record MoneyMention(string Text, decimal Amount, string Currency);
