namespace BotCare.Cases;

/// <summary>Why the policy decided as it did, for the wording and for the agent.</summary>
public enum PolicyReason
{
    WithinPolicy,
    DefaultForSituation,
    MoreThanPaid,
    OverRefundCap,
    OutsideRefundWindow,
    OverCreditCap,
    OutsideReplacementWindow,
    OutOfStock,
    OutOfWarranty,
    NotForThisKindOfProblem,
    CompensationNotPaid,
    AlreadyShipped,
    NeedsApproval,
    UnknownOrder,
    UnknownAmount,
    GeneralUnhappiness,
    NotSomethingTheBotCanDo,
    SuspectedAbuse,
}
