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

    /// <summary>
    /// How many minutes of waiting a repeat contact is worth: the customer came back about the same order, or the
    /// follow-up found them still not satisfied. The first remedy failed them, so they do not wait behind newcomers.
    /// </summary>
    public double RepeatContactMinutes { get; set; } = 30;

    /// <summary>The lifetime spend (in the order's currency) from which a customer counts as most valuable.</summary>
    public decimal HighValueCustomerAt { get; set; } = 2000m;

    /// <summary>How long an agent takes to pick up a chat a free seat can take, in minutes.</summary>
    public double ClaimMinutes { get; set; } = 2;

    /// <summary>How long an agent spends on a chat, on average, in minutes: what a customer further back waits for.</summary>
    public double AverageHandleMinutes { get; set; } = 8;

    /// <summary>Beyond this expected wait (and always after hours or with nobody online) the customer is offered to be contacted later.</summary>
    public double OfferContactLaterAfterMinutes { get; set; } = 10;

    /// <summary>How often waiting customers are told their new place in line, in seconds.</summary>
    public int PositionUpdateSeconds { get; set; } = 30;
}
