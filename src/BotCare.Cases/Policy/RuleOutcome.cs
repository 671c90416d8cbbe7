namespace BotCare.Cases;

/// <summary>How one remedy fares against the rules, before any counter-offer is worked out.</summary>
internal enum RuleOutcome
{
    Allowed,
    NeedsApproval,
    NeedsPerson,
    NotAllowed,
}
