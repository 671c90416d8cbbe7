namespace BotCare.Web;

/// <summary>The <c>DataProtection</c> settings: how long closed conversations keep personal data, and the pseudonym key.</summary>
public sealed class DataProtectionOptions
{
    public const string Section = "DataProtection";

    /// <summary>Conversations with no activity for this many days are anonymized; 0 turns retention off.</summary>
    public int RetainClosedConversationsDays { get; set; } = 365;

    /// <summary>How often each instance looks for conversations past retention.</summary>
    public TimeSpan RetentionCheckEvery { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The secret behind pseudonyms and the hashed identifiers in erasure reports. Set it (from a key vault) to keep
    /// it out of the database; when empty one is generated once and kept in storage, shared by every instance.
    /// </summary>
    public string? PseudonymKey { get; set; }
}
