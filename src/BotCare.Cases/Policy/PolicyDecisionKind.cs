namespace BotCare.Cases;

/// <summary>What the policy says to a request (playbook steps 9 to 11).</summary>
public enum PolicyDecisionKind
{
    /// <summary>Inside policy and the bot's authority: grant it at once.</summary>
    Accept,

    /// <summary>Beyond policy: say no with a positive and offer the best remedy policy allows.</summary>
    CounterOffer,

    /// <summary>Inside policy but beyond the bot's authority, or something only a person can judge.</summary>
    NeedsPerson,

    /// <summary>Abuse signals: hold the position politely, offer nothing extra, flag the case.</summary>
    StandFirm,
}
