namespace BotCare.Cases;

/// <summary>
/// The rules' verdict on one remedy: allowed as asked, or why not, with the capped version of the ask when
/// there is one (a refund of what was paid instead of more).
/// </summary>
internal sealed record RuleVerdict(RuleOutcome Outcome, Remedy Remedy, PolicyReason Reason, string Explanation, Remedy? Alternative = null)
{
    public static RuleVerdict Allowed(params RemedyItem[] items) => new(RuleOutcome.Allowed, new Remedy(items), PolicyReason.WithinPolicy, string.Empty);

    public static RuleVerdict Refused(PolicyReason reason, string explanation, Remedy? alternative = null) =>
        new(RuleOutcome.NotAllowed, new Remedy(), reason, explanation, alternative);

    public static RuleVerdict Approval(string explanation) => new(RuleOutcome.NeedsApproval, new Remedy(), PolicyReason.NeedsApproval, explanation);

    public static RuleVerdict Person(PolicyReason reason, string explanation) => new(RuleOutcome.NeedsPerson, new Remedy(), reason, explanation);
}
