namespace BotCare.Cases;

public enum CaseStatus
{
    /// <summary>The conversation is going on.</summary>
    Open,

    /// <summary>A remedy was agreed and acted on.</summary>
    Resolved,

    /// <summary>Handed to a person.</summary>
    Escalated,

    /// <summary>Finished, whatever the outcome.</summary>
    Closed,
}
