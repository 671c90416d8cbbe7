namespace BotCare.Recognizers.Units;

/// <summary>One way of writing a currency next to an amount: "$", "USD", "bucks", "cents".</summary>
/// <param name="Text">The written form, lower case unless <paramref name="CaseSensitive"/>.</param>
/// <param name="Unit">The currency it names.</param>
/// <param name="Factor">1 for the currency itself, 0.01 for its cents or pence.</param>
/// <param name="GluedOnly">Only directly after digits: "50p", "99c" (a lone "p" or "c" is not money).</param>
/// <param name="CaseSensitive">ISO codes that are also English words ("RUB", "ILS") count only in capitals.</param>
internal sealed record CurrencySurface(string Text, CurrencyUnit Unit, decimal Factor = 1m, bool GluedOnly = false, bool CaseSensitive = false)
{
    public bool IsMinor => Factor != 1m;
}
