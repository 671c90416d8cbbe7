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
}
