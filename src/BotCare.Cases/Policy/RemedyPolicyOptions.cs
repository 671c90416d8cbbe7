namespace BotCare.Cases;

/// <summary>
/// The company's remedy policy, from the <c>RemedyPolicy</c> section of appsettings.json. Limits are of two
/// kinds: what policy allows at all (asks beyond it get a counter-offer), and what the bot may grant on its
/// own (above that, a person approves).
/// </summary>
public sealed class RemedyPolicyOptions
{
    public const string SectionName = "RemedyPolicy";

    public string Currency { get; set; } = "USD";

    /// <summary>The remedy suggested when the customer has none in mind, per kind of problem.</summary>
    public Dictionary<IssueCategory, RemedyType> DefaultRemedies { get; set; } = new()
    {
        [IssueCategory.Product] = RemedyType.Replacement,
        [IssueCategory.Delivery] = RemedyType.Replacement,
        [IssueCategory.Billing] = RemedyType.Refund,
        [IssueCategory.Service] = RemedyType.Redo,
        [IssueCategory.General] = RemedyType.None,
    };

    public RefundRules Refund { get; set; } = new();

    public CreditRules Credit { get; set; } = new();

    public ReplacementRules Replacement { get; set; } = new();

    public RepairRules Repair { get; set; } = new();

    public ApprovalRules Approval { get; set; } = new();

    public IncentiveRules Incentive { get; set; } = new();

    public AbuseRules Abuse { get; set; } = new();
}
