namespace BotCare.Web;

/// <summary>What one retention sweep did: counts and case ids only (the point of the sweep is to forget the rest).</summary>
public sealed class RetentionRun
{
    /// <summary><c>schedule</c> or the admin who ran it.</summary>
    public string Trigger { get; set; } = string.Empty;

    public bool Enabled { get; set; }

    public int RetainDays { get; set; }

    /// <summary>Conversations with no activity since before this were due.</summary>
    public DateTimeOffset? Cutoff { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset CompletedAt { get; set; }

    /// <summary>Cases stripped to statistics (their ids, which say nothing about the customer).</summary>
    public List<string> AnonymizedCases { get; set; } = [];

    /// <summary>Conversations whose data was dropped, with or without a case.</summary>
    public int ConversationsDropped { get; set; }

    public List<ErasureStoreResult> Stores { get; set; } = [];

    /// <summary>More were due than one sweep takes; the next sweep goes on.</summary>
    public bool MoreDue { get; set; }
}
