using BotCare.Recognizers.Numbers;
using BotCare.Recognizers.Text;
using BotCare.Recognizers.Units;

namespace BotCare.Recognizers;

/// <summary>Amounts of money, in the result shape of Microsoft Recognizers-Text's currency model.</summary>
public static class NumberWithUnitRecognizer
{
    /// <summary>
    /// Money: "$1,200.99", "50 bucks", "€20", "20 euros", "USD 1,200", "£15", "15 quid", "$5k", "CA$ 30",
    /// "30 cents" (→ 0.3 Dollar), "5 dollars and 50 cents" (→ 5.5). Resolution:
    /// <c>{"value": "50", "unit": "Dollar", "isoCurrency": "USD"}</c>.
    /// </summary>
    /// <remarks>
    /// Needs both an amount and a currency: "50", "50%", "a few bucks", "my money back" and "dollar store" are
    /// not money. "$", "dollars" and "bucks" mean US dollars; cents alone are US cents; "5 pounds" after
    /// "weighs" is a weight.
    /// </remarks>
    public static IReadOnlyList<ModelResult> RecognizeCurrency(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return CurrencyExtractor.Find(query)
            .Select(span => SpanSelector.ToResult(query, span, "currency", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["value"] = NumberFormat.Format(span.Value.Amount),
                ["unit"] = span.Value.Unit.Name,
                ["isoCurrency"] = span.Value.Unit.IsoCode,
            }))
            .ToList();
    }
}
