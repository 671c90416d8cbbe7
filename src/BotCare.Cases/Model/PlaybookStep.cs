namespace BotCare.Cases;

/// <summary>The steps of the recovery playbook a conversation can go through (PLAYBOOK.md).</summary>
public enum PlaybookStep
{
    Welcome,
    Listen,
    RepeatBack,
    Thank,
    Apologize,
    Classify,
    AskRemedy,
    SuggestRemedy,
    WeighPolicy,
    CounterOffer,
    StandFirm,
    Agreement,
    Action,
    Commitment,
    Incentive,
    Learn,
    Close,
    Escalate,
    FollowUp,
}
