namespace BotCare.Cases;

/// <summary>What kind of promise it is, which decides what happens when it falls due.</summary>
public enum CommitmentKind
{
    /// <summary>Something the business will do ("your replacement ships tomorrow").</summary>
    Promise,

    /// <summary>BotCare contacts the customer again after a remedy's due time (playbook: follow up).</summary>
    FollowUp,

    /// <summary>A person contacts the customer later instead of them waiting in the queue.</summary>
    Callback,
}
