namespace BotCare.Cases;

/// <summary>
/// A promise made to the customer, with a due time someone is accountable for. The conversation adds them to
/// its case; the commitment ledger (<see cref="ICommitmentStore"/>) is where they are kept, tracked, flagged
/// when at risk and completed, and where the follow-up scheduler finds the ones that are due.
/// </summary>
public sealed class Commitment
{
    public string Id { get; set; } = Guid.NewGuid().ToString("n");

    /// <summary>What was promised, as told to the customer.</summary>
    public string What { get; set; } = string.Empty;

    public CommitmentKind Kind { get; set; } = CommitmentKind.Promise;

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Who keeps it: <c>bot</c>, a team, or an agent's id.</summary>
    public string Owner { get; set; } = "bot";

    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;

    public DateTimeOffset CreatedAt { get; set; }

    public string? CaseId { get; set; }

    public string? ConversationId { get; set; }

    public string? CustomerId { get; set; }

    /// <summary>The channel the customer used, so a follow-up goes back the same way.</summary>
    public string? ChannelId { get; set; }

    /// <summary>
    /// The Bot Framework conversation reference as JSON, so a follow-up or callback reaches the customer's channel
    /// from any instance, after restarts.
    /// </summary>
    public string? ConversationReferenceJson { get; set; }

    /// <summary>How often the scheduler tried to deliver it (a follow-up) and could not; it gives up after a limit.</summary>
    public int DeliveryAttempts { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Who marked it kept, broken or cancelled.</summary>
    public string? CompletedBy { get; set; }

    /// <summary>A few words from whoever completed it ("shipped by express", "customer cancelled the order").</summary>
    public string? CompletionNote { get; set; }

    /// <summary>When agents were warned that it is about to be broken; set once.</summary>
    public DateTimeOffset? AtRiskNotifiedAt { get; set; }

    /// <summary>The scheduler instance working on it now, and until when; another instance may take it after that.</summary>
    public string? LeaseOwner { get; set; }

    public DateTimeOffset? LeaseUntil { get; set; }

    /// <summary>Incremented by the store on every change; a save based on an older version is refused.</summary>
    public long Version { get; set; }
}
