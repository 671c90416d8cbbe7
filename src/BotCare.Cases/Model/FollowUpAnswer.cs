namespace BotCare.Cases;

/// <summary>What the customer said when BotCare checked in after the remedy (playbook: follow up).</summary>
public enum FollowUpAnswer
{
    /// <summary>Sent; the customer has not answered yet.</summary>
    NoAnswer,

    /// <summary>It arrived and they are satisfied now.</summary>
    Satisfied,

    /// <summary>Not satisfied: the case is re-opened and a person takes over.</summary>
    NotSatisfied,
}
