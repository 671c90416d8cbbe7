namespace BotCare.Cases;

/// <summary>One problem in the customer's story, in their own words.</summary>
public sealed class Issue
{
    public string Id { get; set; } = Guid.NewGuid().ToString("n")[..8];

    /// <summary>What went wrong, quoted from the customer.</summary>
    public string Description { get; set; } = string.Empty;

    public IssueCategory Category { get; set; }

    public string? OrderNumber { get; set; }

    public string? Product { get; set; }

    /// <summary>What it cost the customer, when they said.</summary>
    public Money? Cost { get; set; }

    /// <summary>When it happened, as the customer put it ("last Friday") and as a date when it could be read.</summary>
    public string? WhenSaid { get; set; }

    public DateOnly? When { get; set; }

    public DateTimeOffset RaisedAt { get; set; }
}
