namespace BotCare.Cases;

/// <summary>
/// Signs that a customer may be taking advantage (playbook step 11, article 001): repeat claims on the same
/// order, demands that rise after each offer, claims the order record contradicts. Each signal is a sentence
/// an agent can check. No signal means good faith.
/// </summary>
public sealed class AbuseDetector
{
    private readonly AbuseRules _rules;

    public AbuseDetector(AbuseRules rules)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
    }

    public IReadOnlyList<string> Detect(RemedyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var signals = new List<string>();
        if (context.Order is { } order)
        {
            if (order.PriorClaims >= _rules.MaxPriorClaimsPerOrder)
            {
                signals.Add($"Order {order.OrderNumber} already had {order.PriorClaims} claims before this one.");
            }

            signals.AddRange(Contradictions(context.Claims, order));
        }

        if (RisesAfterOffers(context) >= _rules.RisingDemandsAfterOffers)
        {
            signals.Add("The amount asked for rose after each offer.");
        }

        return signals;
    }

    private static IEnumerable<string> Contradictions(IReadOnlyList<CustomerClaim> claims, OrderRecord order)
    {
        if (claims.Contains(CustomerClaim.NotDelivered) && order.DeliveredAt is not null && order.ProofOfDelivery)
        {
            yield return $"Says order {order.OrderNumber} never arrived; it was delivered with proof of delivery.";
        }

        if (claims.Contains(CustomerClaim.ChargedTwice) && order.Charges < 2)
        {
            yield return $"Says they were charged twice for order {order.OrderNumber}; the record shows one charge.";
        }
    }

    /// <summary>How many times the asked amount went up right after the bot had made an offer.</summary>
    private static int RisesAfterOffers(RemedyContext context)
    {
        var requests = context.Case?.RemedyRequests.ToList() ?? [];
        if (requests.Count == 0 || !ReferenceEquals(requests[^1], context.Request))
        {
            requests.Add(context.Request);
        }

        var offers = context.Case?.Offers ?? [];
        var rises = 0;
        for (var i = 1; i < requests.Count; i++)
        {
            var before = requests[i - 1];
            var after = requests[i];
            var offerBetween = offers.Exists(o => o.At >= before.At && o.At <= after.At);
            if (offerBetween && before.Amount is { } a && after.Amount is { } b && b.Amount > a.Amount)
            {
                rises++;
            }
        }

        return rises;
    }
}
