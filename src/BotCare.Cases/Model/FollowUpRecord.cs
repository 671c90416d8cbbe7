namespace BotCare.Cases;

/// <summary>One follow-up sent to the customer about the case, and how they answered.</summary>
public sealed class FollowUpRecord
{
    /// <summary>The follow-up commitment in the ledger that this keeps.</summary>
    public string CommitmentId { get; set; } = string.Empty;

    public DateTimeOffset SentAt { get; set; }

    public FollowUpAnswer Answer { get; set; } = FollowUpAnswer.NoAnswer;

    public DateTimeOffset? AnsweredAt { get; set; }
}
