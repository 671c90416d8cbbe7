using System.Text.Json.Serialization;

namespace BotCare.Cases;

/// <summary>
/// Everything one conversation with an unhappy customer produced, so the business can act, follow up and
/// learn: the issues, the situation, how upset the customer was, what they asked for, every offer and the
/// reason for it, the agreement, what was done, the promises made, the customer's idea of how to avoid it,
/// escalations, and the playbook steps in the order they happened.
/// </summary>
public sealed class Case
{
    public string Id { get; set; } = $"case-{Guid.NewGuid():n}";

    public string ConversationId { get; set; } = string.Empty;

    public CustomerRef Customer { get; set; } = new();

    public CaseStatus Status { get; set; } = CaseStatus.Open;

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? OrderNumber { get; set; }

    public List<Issue> Issues { get; set; } = [];

    public SituationType? Situation { get; set; }

    public SentimentSummary Sentiment { get; set; } = new();

    public RemedyRequest? RemedyRequested { get; set; }

    /// <summary>Every remedy the customer asked for, in order (rising demands are an abuse signal).</summary>
    public List<RemedyRequest> RemedyRequests { get; set; } = [];

    public List<Offer> Offers { get; set; } = [];

    public Agreement? Agreement { get; set; }

    public List<RemedyAction> Actions { get; set; } = [];

    public List<Commitment> Commitments { get; set; } = [];

    /// <summary>The customer's own idea of how the problem could have been avoided (playbook step 16).</summary>
    public string? AvoidanceIdea { get; set; }

    public List<Escalation> Escalations { get; set; } = [];

    /// <summary>Why the bot held its position: the abuse signals it saw. Good faith is the default.</summary>
    public List<string> AbuseSignals { get; set; } = [];

    public List<PlaybookStepRecord> Steps { get; set; } = [];

    /// <summary>The check-ins sent after the remedy, and the customer's answers.</summary>
    public List<FollowUpRecord> FollowUps { get; set; } = [];

    /// <summary>The customer's satisfaction score from the follow-up, when they gave one.</summary>
    public Satisfaction? Csat { get; set; }

    /// <summary>
    /// Earlier cases about the same order the customer complained about within the recontact window: the problem came
    /// back, so this case is escalated with priority and the agent sees the history.
    /// </summary>
    public List<string> LinkedCaseIds { get; set; } = [];

    /// <summary>Why it went wrong, as the agent who closed the case judged it ("carrier lost parcel"), for insights.</summary>
    public string? RootCause { get; set; }

    /// <summary>
    /// The idempotency key of the next remedy action: it follows from the case and how many actions it has, so a
    /// turn run again from the same saved state asks for the same action, never a second one.
    /// </summary>
    [JsonIgnore]
    public string NextActionKey => $"{Id}/action-{Actions.Count + 1}";

    /// <summary>
    /// Adds a promise to the case with an id that follows from the case and its place in the list (so a re-run turn
    /// adds the same promise, which the commitment ledger keeps once) and the case's customer and channel.
    /// </summary>
    public Commitment AddCommitment(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        commitment.Id = $"{Id}-c{Commitments.Count + 1}";
        commitment.CaseId = Id;
        commitment.ConversationId = ConversationId;
        commitment.CustomerId = Customer.Id;
        commitment.ChannelId = Customer.ChannelId;
        Commitments.Add(commitment);
        return commitment;
    }

    public void RecordStep(PlaybookStep step, DateTimeOffset at, string? note = null)
    {
        Steps.Add(new PlaybookStepRecord(step, at, note));
        UpdatedAt = at;
    }

    public bool HasStep(PlaybookStep step) => Steps.Exists(s => s.Step == step);

    public void Escalate(EscalationReason reason, string detail, DateTimeOffset at)
    {
        Escalations.Add(new Escalation { Reason = reason, Detail = detail, At = at });
        Status = CaseStatus.Escalated;
        RecordStep(PlaybookStep.Escalate, at, reason.ToString());
    }

    public void RequestRemedy(RemedyRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        RemedyRequested = request;
        RemedyRequests.Add(request);
        UpdatedAt = request.At;
    }

    /// <summary>The last offer still waiting for the customer's answer.</summary>
    [JsonIgnore]
    public Offer? PendingOffer => Offers.LastOrDefault(o => o.Response == OfferResponse.Pending);

    /// <summary>The best remedy offered so far (the last one), for holding the line.</summary>
    [JsonIgnore]
    public Offer? LastOffer => Offers.LastOrDefault();
}
