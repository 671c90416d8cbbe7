namespace BotCare.Understanding;

/// <summary>What a customer message is mainly about: a kind of problem, an ask, or conversation.</summary>
public enum Intent
{
    ProductProblem,
    ServiceProblem,
    DeliveryProblem,
    BillingProblem,
    GeneralUnhappiness,
    WantsRefund,
    WantsReplacement,
    WantsRepair,
    WantsDiscountOrCredit,
    WantsHuman,
    WantsCancel,
    DoneTalking,
    PraiseOrThanks,
    Other,
}
