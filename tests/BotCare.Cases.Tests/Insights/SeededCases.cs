namespace BotCare.Cases.Tests.Insights;

/// <summary>
/// Eight cases created in ISO weeks 45 and 46 of 2026 (2 to 15 November) and two just outside, with known values; the
/// expected figures in <see cref="InsightsCalculatorTests"/> are worked out by hand from this list.
/// </summary>
internal static class SeededCases
{
    public static readonly InsightsPeriod Period = new(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 15));

    public static readonly DateTimeOffset Now = At(20, 12);

    public static DateTimeOffset At(int day, int hour, int minute = 0) => new(2026, 11, day, hour, minute, 0, TimeSpan.Zero);

    public static List<Case> Cases()
    {
        // Week 45.
        var a = New("A", At(2, 9), CaseStatus.Resolved, "Carrier delay", "Ship it on time!");
        a.Issues.Add(Issue(IssueCategory.Delivery, "Kettle X2"));
        Act(a, 2, RemedyType.Refund, new Money(20m, "USD"));
        Score(a, 5, followUp: true);

        var b = New("B", At(3, 10), CaseStatus.Resolved, "carrier delay ", "ship on time");
        b.Issues.Add(Issue(IssueCategory.Delivery, null));
        b.Issues.Add(Issue(IssueCategory.Product, "kettle  x2"));
        b.Escalations.Add(new Escalation { Reason = EscalationReason.CustomerAsked, At = At(3, 11) });
        Act(b, 5, RemedyType.Replacement, null);
        Score(b, 2, followUp: true);

        var c = New("C", At(4, 12), CaseStatus.Closed, "Payment gateway retry", "Check the charges before billing");
        c.Issues.Add(Issue(IssueCategory.Billing, null));
        c.ClosedAt = At(4, 22);
        c.FollowUps.Add(new FollowUpRecord { CommitmentId = "C-f", SentAt = At(6, 9) });

        var d = New("D", At(6, 8), CaseStatus.Closed, null, null);
        d.Issues.Add(Issue(IssueCategory.Product, "Toaster T1"));
        d.Escalations.Add(new Escalation { Reason = EscalationReason.AngerRising, At = At(6, 9) });
        d.Escalations.Add(new Escalation { Reason = EscalationReason.CustomerAsked, At = At(6, 10) });
        Act(d, 24, RemedyType.Refund, new Money(30m, "EUR"));
        Act(d, 30, RemedyType.Credit, new Money(10m, "EUR"));
        d.ClosedAt = At(8, 8);
        d.LinkedCaseIds.Add("case-earlier");
        Score(d, 1, followUp: true);

        // Week 46.
        var e = New("E", At(9, 9), CaseStatus.Resolved, "Carrier delay", "Use a better courier");
        e.Issues.Add(Issue(IssueCategory.Delivery, "Kettle X2"));
        Act(e, 3, RemedyType.Replacement, null);
        Score(e, 4, followUp: false);

        var f = New("F", At(10, 14), CaseStatus.Escalated, null, "Train the staff");
        f.Issues.Add(Issue(IssueCategory.Service, null));
        f.Escalations.Add(new Escalation { Reason = EscalationReason.CustomerAsked, At = At(10, 15) });
        f.LinkedCaseIds.Add("A");

        var g = New("G", At(12, 16), CaseStatus.Resolved, "Picking error", "ship it on time");
        g.Issues.Add(Issue(IssueCategory.Product, "Toaster T1"));
        Act(g, 1, RemedyType.Refund, new Money(15m, "USD"));
        Act(g, 1, RemedyType.Coupon, new Money(5m, "USD"));
        Score(g, 5, followUp: true);

        // The last minutes of the period's last day; its idea is only punctuation.
        var h = New("H", At(15, 23, 30), CaseStatus.Open, null, "!!!");
        h.Issues.Add(Issue(IssueCategory.General, null));

        // Just outside: midnight after the last day, and a minute before the first.
        var after = New("I", At(16, 0), CaseStatus.Escalated, "Carrier delay", "ship on time");
        after.Issues.Add(Issue(IssueCategory.Delivery, "Kettle X2"));
        after.Escalations.Add(new Escalation { Reason = EscalationReason.SuspectedAbuse, At = At(16, 1) });
        var before = New("J", At(1, 23, 59), CaseStatus.Resolved, "Picking error", null);
        before.Issues.Add(Issue(IssueCategory.Billing, "Toaster T1"));
        Act(before, 1, RemedyType.Refund, new Money(99m, "USD"));
        Score(before, 1, followUp: true);

        return [a, b, c, d, e, f, g, h, after, before];
    }

    public static List<Commitment> Commitments() =>
    [
        Promise("A", CommitmentStatus.Kept, due: At(3, 9), completed: At(3, 8)),
        Promise("A", CommitmentStatus.Kept, due: At(3, 9), completed: At(3, 9)),
        Promise("B", CommitmentStatus.Kept, due: At(4, 10), completed: At(4, 11)),
        Promise("D", CommitmentStatus.Broken, due: At(7, 10), completed: At(7, 11)),
        Promise("E", CommitmentStatus.Open, due: At(19, 12), completed: null),
        Promise("G", CommitmentStatus.Open, due: At(21, 12), completed: null),
        Promise("F", CommitmentStatus.Cancelled, due: At(11, 12), completed: At(11, 9)),
        Promise("I", CommitmentStatus.Broken, due: At(17, 12), completed: At(17, 13)),
        Promise(null, CommitmentStatus.Broken, due: At(5, 12), completed: At(5, 13)),
    ];

    private static Case New(string id, DateTimeOffset created, CaseStatus status, string? rootCause, string? idea) => new()
    {
        Id = id,
        ConversationId = $"conv-{id}",
        Customer = new CustomerRef { Id = $"customer-{id}", ChannelId = "webchat" },
        CreatedAt = created,
        UpdatedAt = created,
        Status = status,
        RootCause = rootCause,
        AvoidanceIdea = idea,
    };

    private static Issue Issue(IssueCategory category, string? product) =>
        new() { Category = category, Product = product, Description = $"{category} problem" };

    private static void Act(Case @case, int hoursAfterCreation, RemedyType type, Money? amount) =>
        @case.Actions.Add(new RemedyAction { Item = new RemedyItem(type, amount), At = @case.CreatedAt.AddHours(hoursAfterCreation) });

    private static void Score(Case @case, int score, bool followUp)
    {
        if (followUp)
        {
            @case.FollowUps.Add(new FollowUpRecord { CommitmentId = $"{@case.Id}-f", SentAt = @case.CreatedAt.AddDays(2), Answer = FollowUpAnswer.Satisfied });
        }

        @case.Csat = new Satisfaction { Score = score, At = @case.CreatedAt.AddDays(2) };
    }

    private static Commitment Promise(string? caseId, CommitmentStatus status, DateTimeOffset due, DateTimeOffset? completed) =>
        new() { CaseId = caseId, What = "a promise", Status = status, DueAt = due, CompletedAt = completed, CreatedAt = due.AddDays(-1) };
}
