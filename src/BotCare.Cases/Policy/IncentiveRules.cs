namespace BotCare.Cases;

/// <summary>
/// A small goodwill gesture for an angry or valuable customer, to give them a reason to come back
/// (playbook step 15, article 002).
/// </summary>
public sealed class IncentiveRules
{
    public bool Enabled { get; set; } = true;

    /// <summary>The coupon's value.</summary>
    public decimal Amount { get; set; } = 10m;

    /// <summary>Anger (0 to 1) at or above which the gesture is added.</summary>
    public double MinAnger { get; set; } = 0.6;

    /// <summary>Lifetime spend at or above which the gesture is added.</summary>
    public decimal MinLifetimeValue { get; set; } = 1000m;
}
