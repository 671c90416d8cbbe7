namespace BotCare.Understanding;

/// <summary>The snake_case labels of the training data, and which intents describe a problem or an ask.</summary>
public static class IntentLabels
{
    private static readonly Dictionary<string, Intent> ByLabel = new(StringComparer.Ordinal)
    {
        ["product_problem"] = Intent.ProductProblem,
        ["service_problem"] = Intent.ServiceProblem,
        ["delivery_problem"] = Intent.DeliveryProblem,
        ["billing_problem"] = Intent.BillingProblem,
        ["general_unhappiness"] = Intent.GeneralUnhappiness,
        ["wants_refund"] = Intent.WantsRefund,
        ["wants_replacement"] = Intent.WantsReplacement,
        ["wants_repair"] = Intent.WantsRepair,
        ["wants_discount_or_credit"] = Intent.WantsDiscountOrCredit,
        ["wants_human"] = Intent.WantsHuman,
        ["wants_cancel"] = Intent.WantsCancel,
        ["done_talking"] = Intent.DoneTalking,
        ["praise_or_thanks"] = Intent.PraiseOrThanks,
        ["other"] = Intent.Other,
    };

    private static readonly Dictionary<Intent, string> ByIntent = ByLabel.ToDictionary(p => p.Value, p => p.Key);

    public static IReadOnlyCollection<string> All => ByLabel.Keys;

    public static Intent Parse(string label) =>
        ByLabel.TryGetValue(label, out var intent) ? intent : throw new ArgumentException($"Unknown intent label '{label}'.", nameof(label));

    public static string ToLabel(this Intent intent) => ByIntent[intent];

    /// <summary>Whether the intent describes something that went wrong.</summary>
    public static bool IsProblem(this Intent intent) =>
        intent is Intent.ProductProblem or Intent.ServiceProblem or Intent.DeliveryProblem or Intent.BillingProblem or Intent.GeneralUnhappiness;

    /// <summary>Whether the intent asks for a remedy.</summary>
    public static bool IsRemedyAsk(this Intent intent) =>
        intent is Intent.WantsRefund or Intent.WantsReplacement or Intent.WantsRepair or Intent.WantsDiscountOrCredit;
}
