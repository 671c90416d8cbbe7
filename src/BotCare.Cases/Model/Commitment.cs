namespace BotCare.Cases;

/// <summary>A promise made to the customer, with a due time someone is accountable for.</summary>
public sealed class Commitment
{
    public string Id { get; set; } = Guid.NewGuid().ToString("n");

    /// <summary>What was promised, as told to the customer.</summary>
    public string What { get; set; } = string.Empty;

    public DateTimeOffset DueAt { get; set; }

    /// <summary>Who keeps it: <c>bot</c>, a team, or an agent's id.</summary>
    public string Owner { get; set; } = "bot";

    public CommitmentStatus Status { get; set; } = CommitmentStatus.Open;

    public DateTimeOffset CreatedAt { get; set; }
}
