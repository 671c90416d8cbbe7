namespace BotCare.Cases;

/// <summary>Why the bot handed the conversation to a person (playbook step 18).</summary>
public enum EscalationReason
{
    CustomerAsked,
    AngerRising,
    NotUnderstood,
    CounterOfferRefused,
    NeedsApproval,
    GeneralUnhappiness,
    SuspectedAbuse,
    CannotResolve,

    /// <summary>The same customer came back about the same order within the recontact window.</summary>
    Recontact,

    /// <summary>The follow-up found the customer still not satisfied; the case was re-opened.</summary>
    NotSatisfiedAfterFollowUp,
}
