using BotCare.Cases;

namespace BotCare.Handoff;

/// <summary>
/// The queue's order, fixed once at enqueue so stores only sort: priority counts as minutes of waiting already done.
/// An angry or valuable customer is served as if they had been waiting that much longer; everyone else rises simply
/// by having waited, so nobody is passed over for ever.
/// </summary>
public static class QueuePriority
{
    /// <summary>Higher is served first.</summary>
    public static double Rank(double anger, double customerValue, DateTimeOffset enqueuedAt, HandoffOptions options, bool repeatContact = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        var head = (Math.Clamp(anger, 0, 1) * options.AngerMinutes) + (Math.Clamp(customerValue, 0, 1) * options.CustomerValueMinutes)
            + (repeatContact ? options.RepeatContactMinutes : 0);
        return head - (enqueuedAt - DateTimeOffset.UnixEpoch).TotalMinutes;
    }

    /// <summary>Whether the escalation is a repeat contact: the same order again, or still not satisfied after the follow-up.</summary>
    public static bool IsRepeatContact(CaseBrief brief)
    {
        ArgumentNullException.ThrowIfNull(brief);
        return brief.LinkedCaseIds.Count > 0 || brief.Reason is EscalationReason.Recontact or EscalationReason.NotSatisfiedAfterFollowUp;
    }

    /// <summary>The customer's value from 0 to 1: their lifetime spend against the configured high-value mark.</summary>
    public static double CustomerValue(OrderRecord? order, HandoffOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (order is null || options.HighValueCustomerAt <= 0)
        {
            return 0;
        }

        return (double)Math.Clamp(order.CustomerLifetimeValue / options.HighValueCustomerAt, 0m, 1m);
    }
}
