namespace BotCare.Cases;

/// <summary>
/// The default fulfillment for demos and tests: it gives each action a reference a person can act on from
/// the case record (<c>RPL-48213-1</c>) and touches no external system. The reference follows from the order and
/// the action's number, as the idempotency key does, so asking again for the same action gives the same reference.
/// </summary>
public sealed class RecordOnlyRemedyFulfillment : IRemedyFulfillment
{
    public Task<string> ExecuteAsync(Case @case, RemedyItem item, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(item);
        var prefix = item.Type switch
        {
            RemedyType.Refund => "RFD",
            RemedyType.Replacement => "RPL",
            RemedyType.Repair => "RPR",
            RemedyType.Credit => "CRD",
            RemedyType.Coupon => "CPN",
            RemedyType.Redo => "VST",
            RemedyType.Cancellation => "CNL",
            _ => "ACT",
        };
        var reference = $"{prefix}-{@case.OrderNumber ?? @case.Id[^6..]}-{@case.Actions.Count + 1}";
        return Task.FromResult(reference);
    }
}
