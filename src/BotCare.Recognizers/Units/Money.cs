namespace BotCare.Recognizers.Units;

/// <summary>An amount of money; <paramref name="IsMinor"/> when it was said in cents or pence.</summary>
internal readonly record struct Money(decimal Amount, CurrencyUnit Unit, bool IsMinor);
