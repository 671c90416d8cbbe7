namespace BotCare.Cases;

/// <summary>Where an escalated conversation stands in the human queue.</summary>
public enum QueueStatus
{
    /// <summary>Waiting for an agent; the customer is told their position.</summary>
    Waiting,

    /// <summary>An agent claimed it and owns the chat.</summary>
    Assigned,

    /// <summary>Handed back to the bot or closed with an outcome; no longer in the queue.</summary>
    Closed,
}
