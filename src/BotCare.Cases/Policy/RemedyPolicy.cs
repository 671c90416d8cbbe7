using Microsoft.Extensions.Options;

namespace BotCare.Cases;

/// <summary>
/// Weighs what the customer asks for against the company's remedy policy (playbook steps 8 to 11, 15):
/// reasonable asks inside policy are granted at once; asks beyond it get the best remedy policy allows, with a
/// reason; what is beyond the bot's authority goes to a person; abuse signals make the bot hold its position.
/// </summary>
public sealed class RemedyPolicy
{
    private readonly RemedyPolicyOptions _options;
    private readonly AbuseDetector _abuse;
    private readonly RemedyRules _rules;

    public RemedyPolicy(IOptions<RemedyPolicyOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _abuse = new AbuseDetector(_options.Abuse);
        _rules = new RemedyRules(_options);
    }

    public RemedyPolicyOptions Options => _options;

    /// <summary>The abuse signals in this context (empty in good faith).</summary>
    public IReadOnlyList<string> AbuseSignals(RemedyContext context) => _abuse.Detect(context);

    public PolicyDecision Decide(RemedyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Category == IssueCategory.General)
        {
            return NeedsPerson(PolicyReason.GeneralUnhappiness, "a colleague is better placed to talk this through with you");
        }

        if (_abuse.Detect(context).Count > 0)
        {
            var held = context.Case?.LastOffer?.Remedy ?? AllowedBest(context) ?? new Remedy();
            return new PolicyDecision(PolicyDecisionKind.StandFirm, held, PolicyReason.SuspectedAbuse, "this is the best I can offer for this order");
        }

        if (context.Request.Type == RemedyType.None)
        {
            return Suggested(context);
        }

        var verdict = _rules.Evaluate(context.Request.Type, context.Request.Amount, context);
        var decision = verdict.Outcome switch
        {
            RuleOutcome.Allowed => Accept(verdict.Remedy),
            RuleOutcome.NeedsApproval => NeedsPerson(PolicyReason.NeedsApproval, verdict.Explanation),
            RuleOutcome.NeedsPerson => NeedsPerson(verdict.Reason, verdict.Explanation),
            _ => CounterOffer(context, verdict),
        };

        return WithIncentive(decision, context);
    }

    /// <summary>The default remedy for the situation (playbook step 8), checked against the same rules.</summary>
    public PolicyDecision Suggested(RemedyContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Category == IssueCategory.General)
        {
            return NeedsPerson(PolicyReason.GeneralUnhappiness, "a colleague is better placed to talk this through with you");
        }

        var best = Best(context, RemedyType.None);
        var decision = best?.Outcome switch
        {
            RuleOutcome.Allowed => new PolicyDecision(PolicyDecisionKind.Accept, best.Remedy, PolicyReason.DefaultForSituation, string.Empty),
            RuleOutcome.NeedsApproval => NeedsPerson(PolicyReason.NeedsApproval, best.Explanation),
            _ => NeedsPerson(PolicyReason.NotSomethingTheBotCanDo, "a colleague needs to look at what we can do"),
        };
        return WithIncentive(decision, context);
    }

    /// <summary>
    /// Beyond policy: the capped version of the ask if there is one, else the best other remedy. When that
    /// remedy is beyond the bot's authority, a person decides rather than the bot offering something worse.
    /// </summary>
    private PolicyDecision CounterOffer(RemedyContext context, RuleVerdict refused)
    {
        if (refused.Alternative is { } capped)
        {
            return new PolicyDecision(PolicyDecisionKind.CounterOffer, capped, refused.Reason, refused.Explanation);
        }

        var best = Best(context, context.Request.Type, generous: true);
        return best?.Outcome switch
        {
            RuleOutcome.Allowed => new PolicyDecision(PolicyDecisionKind.CounterOffer, best.Remedy, refused.Reason, refused.Explanation),
            RuleOutcome.NeedsApproval => NeedsPerson(PolicyReason.NeedsApproval, best.Explanation),
            _ => NeedsPerson(refused.Reason, refused.Explanation),
        };
    }

    /// <summary>
    /// The first remedy that fits this kind of problem and is not refused by policy, the configured default
    /// first: allowed, or needing a person's approval. A counter-offer is <paramref name="generous"/>: the
    /// best policy allows (the largest credit), where a suggestion offers the default amount.
    /// </summary>
    private RuleVerdict? Best(RemedyContext context, RemedyType exclude, bool generous = false)
    {
        var candidates = RemedyRules.CandidatesFor(context.Category, context.Order).ToList();
        if (_options.DefaultRemedies.TryGetValue(context.Category, out var preferred) && candidates.Remove(preferred))
        {
            candidates.Insert(0, preferred);
        }

        return candidates
            .Where(c => c != exclude)
            .Select(c => _rules.Evaluate(c, generous && c == RemedyType.Credit ? _rules.MaxCredit(context.Order) : null, context))
            .FirstOrDefault(v => v.Outcome is RuleOutcome.Allowed or RuleOutcome.NeedsApproval);
    }

    private Remedy? AllowedBest(RemedyContext context) =>
        Best(context, RemedyType.None) is { Outcome: RuleOutcome.Allowed } best ? best.Remedy : null;

    private PolicyDecision WithIncentive(PolicyDecision decision, RemedyContext context)
    {
        var rules = _options.Incentive;
        var deserves = context.Anger >= rules.MinAnger || (context.Order?.CustomerLifetimeValue ?? 0) >= rules.MinLifetimeValue;
        if (!rules.Enabled || !deserves || decision.Kind is not (PolicyDecisionKind.Accept or PolicyDecisionKind.CounterOffer))
        {
            return decision;
        }

        return decision with { Remedy = decision.Remedy.With(new RemedyItem(RemedyType.Coupon, new Money(rules.Amount, _options.Currency))) };
    }

    private static PolicyDecision Accept(Remedy remedy) =>
        new(PolicyDecisionKind.Accept, remedy, PolicyReason.WithinPolicy, string.Empty);

    private static PolicyDecision NeedsPerson(PolicyReason reason, string explanation) =>
        new(PolicyDecisionKind.NeedsPerson, new Remedy(), reason, explanation);
}
