namespace BotCare.Understanding.Bench;

/// <summary>
/// The baseline the model must beat, measured in the same run: the explicit-ask rules plus a first-match
/// keyword list per intent, the way a simple bot would do it.
/// </summary>
internal static class KeywordBaseline
{
    private static readonly (string Label, string[] Keywords)[] Lists =
    [
        ("wants_human", ["person", "human", "agent", "manager", "someone"]),
        ("wants_refund", ["refund", "money back", "reimburse"]),
        ("wants_replacement", ["replace", "exchange", "new one", "swap"]),
        ("wants_repair", ["repair", "fix it", "technician"]),
        ("wants_discount_or_credit", ["discount", "voucher", "coupon", "credit"]),
        ("wants_cancel", ["cancel", "close my account", "unsubscribe"]),
        ("billing_problem", ["charged", "charge", "invoice", "bill", "payment"]),
        ("delivery_problem", ["delivery", "deliver", "parcel", "package", "tracking", "arrive", "courier"]),
        ("service_problem", ["rude", "hung up", "nobody", "no one", "ignored", "hold", "called"]),
        ("product_problem", ["broken", "broke", "stopped working", "defective", "damaged", "wrong", "doesn't work"]),
        ("general_unhappiness", ["fed up", "sick of", "hate", "disappointed"]),
        ("praise_or_thanks", ["thank", "thanks", "great", "appreciate"]),
        ("done_talking", ["that's all", "nothing else", "that's it"]),
    ];

    public static string Classify(string text)
    {
        if (ExplicitIntentRules.Match(text) is { } intent)
        {
            return intent.ToLabel();
        }

        var lower = text.ToLowerInvariant();
        foreach (var (label, keywords) in Lists)
        {
            if (keywords.Any(k => lower.Contains(k, StringComparison.Ordinal)))
            {
                return label;
            }
        }

        return "other";
    }
}
