using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>Remedies in plain words: what the bot offers to do, and what has been done and happens next.</summary>
internal static class RemedyWording
{
    /// <summary>
    /// What the bot offers to do, as it follows "I'll": "send you a replacement blender today by express
    /// shipping. You can keep the faulty one until it arrives. I'll also send you a $10 coupon for the trouble".
    /// </summary>
    public static string Offer(Remedy remedy, RecoveryState state)
    {
        var main = remedy.Items.Where(i => i.Type != RemedyType.Coupon).ToList();
        var text = Join(main.Select(item => OfferOf(item, state)));
        if (main.Exists(i => i.Type == RemedyType.Replacement) && state.Order?.DeliveredAt is not null)
        {
            text += IsPlural(state) ? ". You can keep the faulty ones until they arrive" : ". You can keep the faulty one until it arrives";
        }

        if (remedy.Items.Find(i => i.Type == RemedyType.Coupon) is { } coupon)
        {
            text += main.Count == 0 ? $"send you a {coupon.Amount} coupon for the trouble" : $". I'll also send you a {coupon.Amount} coupon for the trouble";
        }

        return text;
    }

    /// <summary>What has been done and happens next: "the replacement blender ships today by express...".</summary>
    public static string Done(Remedy remedy, RecoveryState state)
    {
        var main = remedy.Items.Where(i => i.Type != RemedyType.Coupon).ToList();
        var text = Join(main.Select(item => DoneOf(item, state)));
        if (remedy.Items.Find(i => i.Type == RemedyType.Coupon) is { } coupon)
        {
            text += main.Count == 0 ? $"a {coupon.Amount} coupon is on its way to your email" : $". A {coupon.Amount} coupon is on its way to your email too";
        }

        return text;
    }

    private static string OfferOf(RemedyItem item, RecoveryState state) => item.Type switch
    {
        RemedyType.Replacement when state.Order?.DeliveredAt is null => $"send {A(state)}new {Product(state)} out today by express shipping",
        RemedyType.Replacement => IsPlural(state)
            ? $"send you replacement {Product(state)} today by express shipping"
            : $"send you a replacement {Product(state)} today by express shipping",
        RemedyType.Refund => $"refund {item.Amount} to your original payment method",
        RemedyType.Repair => $"book a free repair of your {Product(state)}, collected from your door",
        RemedyType.Credit => $"add a {item.Amount} credit to your account",
        RemedyType.Redo => "book you the first slot on the day of your choice, guaranteed",
        RemedyType.Coupon => $"send you a {item.Amount} coupon for the trouble",
        RemedyType.Cancellation => $"cancel order {state.Case.OrderNumber}",
        _ => "arrange that for you",
    };

    private static string DoneOf(RemedyItem item, RecoveryState state) => item.Type switch
    {
        RemedyType.Replacement => $"the {(state.Order?.DeliveredAt is null ? "new" : "replacement")} {Product(state)} {(IsPlural(state) ? "ship" : "ships")} today by express, and you'll have the tracking number by email within the hour",
        RemedyType.Refund => $"{item.Amount} is on its way back to your original payment method and will show within 3 to 5 business days",
        RemedyType.Repair => "your repair is booked, and the courier will email you within one business day to pick a collection time",
        RemedyType.Credit => $"a {item.Amount} credit is on your account now",
        RemedyType.Redo => "you're first on the route on the day you choose; the booking link is in your email",
        RemedyType.Coupon => $"a {item.Amount} coupon is on its way to your email",
        RemedyType.Cancellation => $"order {state.Case.OrderNumber} is cancelled, and nothing more will be charged",
        _ => "it's arranged",
    };

    /// <summary>A remedy in a few words, for the brief: "a rebooked visit and a $75 credit".</summary>
    public static string Short(Remedy remedy, RecoveryState state) => Join(remedy.Items.Select(item => item.Type switch
    {
        RemedyType.Replacement => IsPlural(state) ? $"replacement {Product(state)}" : $"a replacement {Product(state)}",
        RemedyType.Refund => $"a {item.Amount} refund",
        RemedyType.Repair => "a free repair",
        RemedyType.Credit => $"a {item.Amount} credit",
        RemedyType.Redo => "a rebooked visit",
        RemedyType.Coupon => $"a {item.Amount} coupon",
        RemedyType.Cancellation => "cancelling the order",
        _ => "help",
    }));

    /// <summary>What the customer asked for, in a few words: "$500 for lost wages or time", "a refund".</summary>
    public static string Asked(RemedyRequest request) => request.Type switch
    {
        RemedyType.Refund => request.Amount is null ? "a refund" : $"a {request.Amount} refund",
        RemedyType.Replacement => "a replacement",
        RemedyType.Repair => "a repair",
        RemedyType.Credit => request.Amount is null ? "a credit" : $"a {request.Amount} credit",
        RemedyType.Compensation => request.Amount is null ? "compensation for lost time" : $"{request.Amount} for lost wages or time",
        RemedyType.Cancellation => "to cancel the order",
        _ => "something else",
    };

    /// <summary>What the check-in promises to make sure of.</summary>
    public static string CheckIn(RemedyType type, RecoveryState state) => type switch
    {
        RemedyType.Replacement => IsPlural(state) ? "they arrived and work" : "it arrived and works",
        RemedyType.Refund => "the refund arrived",
        RemedyType.Repair => "the repair went well",
        RemedyType.Redo => "the visit is confirmed",
        RemedyType.Cancellation => "everything is settled",
        _ => "everything is sorted",
    };

    /// <summary>The product as the customer named it, else as the order names it (without "(set of 12)").</summary>
    private static string Product(RecoveryState state)
    {
        var product = state.Case.Issues.Select(i => i.Product).FirstOrDefault(p => p is not null) ?? state.Order?.MainProduct ?? "item";
        var bracket = product.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? product[..bracket] : product;
    }

    /// <summary>"headphones", "plates", "sneakers": they, not it.</summary>
    private static bool IsPlural(RecoveryState state)
    {
        var product = Product(state);
        return product.EndsWith('s') && !product.EndsWith("ss", StringComparison.Ordinal);
    }

    private static string A(RecoveryState state) => IsPlural(state) ? string.Empty : "a ";

    private static string Join(IEnumerable<string> parts)
    {
        var list = parts.ToList();
        return list.Count switch
        {
            0 => string.Empty,
            1 => list[0],
            2 => $"{list[0]}, and {list[1]}",
            _ => string.Join(", ", list.Take(list.Count - 1)) + ", and " + list[^1],
        };
    }
}
