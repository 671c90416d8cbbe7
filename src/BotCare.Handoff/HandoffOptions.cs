namespace BotCare.Handoff;

/// <summary>How escalated chats reach people (section <c>Handoff</c>).</summary>
public sealed class HandoffOptions
{
    public const string Section = "Handoff";

    public HandoffMode Mode { get; set; } = HandoffMode.Internal;

    /// <summary>How many minutes of waiting the angriest customer's anger is worth in the queue's order.</summary>
    public double AngerMinutes { get; set; } = 20;

    /// <summary>How many minutes of waiting the most valuable customer's value is worth.</summary>
    public double CustomerValueMinutes { get; set; } = 10;

    /// <summary>The lifetime spend (in the order's currency) from which a customer counts as most valuable.</summary>
    public decimal HighValueCustomerAt { get; set; } = 2000m;
}
