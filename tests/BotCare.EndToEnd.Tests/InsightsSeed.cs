using BotCare.Cases;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// A support team's last twelve weeks: 96 cases with varied problems, products, root causes, escalations, remedies
/// and their costs, satisfaction scores, promises and the customers' ideas, made by fixed rules from the case's number
/// so the test knows every value without a random generator.
/// </summary>
internal static class InsightsSeed
{
    public const int Count = 96;

    private static readonly (IssueCategory Category, string Product, string Cause, string Idea)[] Problems =
    [
        (IssueCategory.Delivery, "Aero Kettle X2", "Carrier delay", "Ship it on time"),
        (IssueCategory.Product, "Aero Kettle X2", "Faulty batch (lid hinge)", "Test the kettles before shipping"),
        (IssueCategory.Delivery, "Breville Toaster T1", "Carrier delay", "Ship on time!"),
        (IssueCategory.Billing, "Home Plus subscription", "Duplicate charge on retry", "Check the charges before billing"),
        (IssueCategory.Product, "Nimbus Blender B5", "Damaged in packing", "Pack the parcels properly"),
        (IssueCategory.Service, "Nimbus Blender B5", "Missed callback", "Call me back when you say you will"),
        (IssueCategory.Delivery, "Luna Lamp L3", "Wrong address label", "Check the address"),
        (IssueCategory.Product, "Luna Lamp L3", "Picking error", "Pack the parcels properly!"),
    ];

    // Some problems come back far more often than others, as in a real quarter.
    private static readonly int[] Weights = [0, 0, 0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 0, 1, 2, 4, 0, 1];

    private static readonly string[] OtherIdeas =
        ["Tell me before it is late", "Answer the phone", "Send a tracking link", "Ship it on time.", "Check the address!"];

    private static readonly EscalationReason[] Reasons =
        [EscalationReason.CustomerAsked, EscalationReason.AngerRising, EscalationReason.NeedsApproval, EscalationReason.CustomerAsked, EscalationReason.CannotResolve];

    private static readonly int[] Scores = [5, 4, 5, 3, 4, 2, 5, 1, 4, 5];

    public static bool Escalated(int i) => i % 4 == 1;

    public static bool Open(int i) => i % 9 == 0;

    public static bool Scored(int i) => !Open(i) && i % 3 != 2;

    public static int Score(int i) => Scores[i % Scores.Length];

    public static int ResolutionHours(int i) => 1 + (i * 7 % 30);

    public static bool Recontact(int i) => i % 11 == 3;

    /// <summary>Every closed or resolved case has one promise: broken for every tenth from 5, late for every tenth from 0.</summary>
    public static CommitmentStatus Promise(int i, out bool late)
    {
        late = i % 10 == 0;
        return i % 10 == 5 ? CommitmentStatus.Broken : CommitmentStatus.Kept;
    }

    public static async Task SaveAsync(ICaseStore cases, ICommitmentStore ledger, DateOnly today)
    {
        for (var i = 0; i < Count; i++)
        {
            var (@case, commitment) = Build(i, today);
            await cases.SaveAsync(@case);
            if (commitment is not null)
            {
                var stored = await ledger.AddAsync(commitment);
                var status = Promise(i, out var late);
                var done = late ? commitment.DueAt.AddHours(5) : commitment.DueAt.AddHours(-2);
                await ledger.TryCompleteAsync(stored.Id, status, done, "bot");
            }
        }
    }

    private static (Case Case, Commitment? Promise) Build(int i, DateOnly today)
    {
        var problem = Problems[Weights[((i * 37) + 11) % Weights.Length]];
        var created = new DateTimeOffset(today.AddDays(-1 - (i * 82 / (Count - 1))).ToDateTime(new TimeOnly(8 + (i % 9), i * 7 % 60)), TimeSpan.Zero);
        var @case = new Case
        {
            Id = $"case-seed-{i:000}",
            ConversationId = $"seed-conversation-{i:000}",
            Customer = new CustomerRef { Id = $"customer-{i % 70:000}", Name = $"Customer {i}", ChannelId = i % 3 == 0 ? "msteams" : "webchat" },
            CreatedAt = created,
            UpdatedAt = created,
            OrderNumber = $"{40000 + i}",
            RootCause = i % 6 == 4 ? null : problem.Cause,
            AvoidanceIdea = i % 5 == 3 ? null : i % 4 == 2 ? OtherIdeas[i % OtherIdeas.Length] : problem.Idea,
            Status = Open(i) ? CaseStatus.Open : Escalated(i) ? CaseStatus.Closed : CaseStatus.Resolved,
        };
        @case.Issues.Add(new Issue { Category = problem.Category, Product = problem.Product, Description = $"{problem.Category} problem with {problem.Product}", RaisedAt = created });
        if (i % 7 == 2)
        {
            @case.Issues.Add(new Issue { Category = IssueCategory.Service, Description = "nobody answered the phone", RaisedAt = created });
        }

        if (Escalated(i))
        {
            @case.Escalations.Add(new Escalation { Reason = Reasons[i / 4 % Reasons.Length], Detail = "seeded", At = created.AddMinutes(10) });
        }

        if (Recontact(i))
        {
            @case.LinkedCaseIds.Add($"case-earlier-{i}");
        }

        if (Open(i))
        {
            return (@case, null);
        }

        var acted = created.AddHours(ResolutionHours(i));
        @case.Actions.Add(new RemedyAction { Item = Remedy(i), Description = "seeded", At = acted });
        @case.ClosedAt = acted.AddHours(1);
        @case.FollowUps.Add(new FollowUpRecord { CommitmentId = $"{@case.Id}-f", SentAt = acted.AddDays(2), Answer = FollowUpAnswer.Satisfied });
        if (Scored(i))
        {
            @case.Csat = new Satisfaction { Score = Score(i), At = acted.AddDays(2) };
        }

        var promise = @case.AddCommitment(new Commitment { What = "Your replacement ships tomorrow", DueAt = acted.AddHours(20), CreatedAt = acted });
        return (@case, promise);
    }

    private static RemedyItem Remedy(int i) => (i % 5) switch
    {
        0 => new RemedyItem(RemedyType.Refund, new Money(15m + (i % 7 * 10m), "USD")),
        1 => new RemedyItem(RemedyType.Replacement),
        2 => new RemedyItem(RemedyType.Credit, new Money(5m + (i % 4 * 5m), "USD")),
        3 => new RemedyItem(RemedyType.Repair, new Money(25m, "USD")),
        _ => new RemedyItem(RemedyType.Coupon, new Money(10m, "USD")),
    };
}
