namespace BotCare.Cases;

/// <summary>
/// What a person taking over needs so the customer never repeats the story: the issues in the customer's
/// words, what they want, what was offered, how upset they are and why the bot handed over. It is the value
/// of the <c>handoff.initiate</c> event.
/// </summary>
public sealed record CaseBrief
{
    public required string CaseId { get; init; }

    public required EscalationReason Reason { get; init; }

    public string Detail { get; init; } = string.Empty;

    public SituationType? Situation { get; init; }

    public string? OrderNumber { get; init; }

    public IReadOnlyList<string> Issues { get; init; } = [];

    /// <summary>
    /// The skill the agent needs, from the first issue: <c>product</c>, <c>service</c>, <c>billing</c> or
    /// <c>delivery</c> (a general complaint goes to service, where people handle how customers feel treated).
    /// </summary>
    public string Skill { get; init; } = "service";

    /// <summary>What the customer asked for, in their words when they gave any.</summary>
    public string? CustomerWants { get; init; }

    public IReadOnlyList<string> Offers { get; init; } = [];

    public double? Anger { get; init; }

    public string? SentimentTrend { get; init; }

    /// <summary>Notes the customer added when confirming the brief.</summary>
    public string? CustomerNote { get; init; }

    /// <summary>Earlier cases about the same order (recontact): the agent sees the history, and the chat is served first.</summary>
    public IReadOnlyList<string> LinkedCaseIds { get; init; } = [];

    public static CaseBrief From(Case @case, EscalationReason reason, string detail, string? customerNote = null)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return new CaseBrief
        {
            CaseId = @case.Id,
            Reason = reason,
            Detail = detail,
            Situation = @case.Situation,
            OrderNumber = @case.OrderNumber,
            Issues = @case.Issues.Select(i => $"{i.Category}: {i.Description}").ToList(),
            Skill = SkillFor(@case.Issues.Count > 0 ? @case.Issues[0].Category : IssueCategory.General),
            CustomerWants = @case.RemedyRequested is { } wants ? wants.CustomerWords ?? wants.Type.ToString() : null,
            Offers = @case.Offers.Select(o => $"{o.Kind}: {o.Remedy} ({o.Response})").ToList(),
            Anger = @case.Sentiment.End,
            SentimentTrend = @case.Sentiment.Trend,
            CustomerNote = customerNote,
            LinkedCaseIds = [.. @case.LinkedCaseIds],
        };
    }

    private static string SkillFor(IssueCategory category) => category switch
    {
        IssueCategory.Product => "product",
        IssueCategory.Delivery => "delivery",
        IssueCategory.Billing => "billing",
        _ => "service",
    };
}
