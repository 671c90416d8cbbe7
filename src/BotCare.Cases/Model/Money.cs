using System.Globalization;

namespace BotCare.Cases;

/// <summary>An amount in a currency (ISO 4217 code).</summary>
public sealed record Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    /// <summary>How the bot says it: <c>$75</c>, <c>$49.99</c>, <c>€20</c>, <c>150.00 CHF</c>.</summary>
    public override string ToString()
    {
        var amount = decimal.IsInteger(Amount)
            ? Amount.ToString("#,0", CultureInfo.InvariantCulture)
            : Amount.ToString("#,0.00", CultureInfo.InvariantCulture);
        return Currency switch
        {
            "USD" => $"${amount}",
            "EUR" => $"€{amount}",
            "GBP" => $"£{amount}",
            _ => $"{amount} {Currency}",
        };
    }
}
