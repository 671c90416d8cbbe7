namespace BotCare.Cases;

/// <summary>
/// The policy's answer to a request: what to grant or offer, and a reason the customer can understand
/// (<see cref="Explanation"/>, a plain fact such as "a refund covers at most what you paid, $89").
/// </summary>
public sealed record PolicyDecision(PolicyDecisionKind Kind, Remedy Remedy, PolicyReason Reason, string Explanation)
{
    /// <summary>Whether a goodwill coupon was added for an angry or valuable customer.</summary>
    public bool IncludesIncentive => Remedy.Includes(RemedyType.Coupon);
}
