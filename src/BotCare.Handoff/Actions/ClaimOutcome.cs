namespace BotCare.Handoff;

/// <summary>How an agent's claim of a waiting chat ended.</summary>
public enum ClaimOutcome
{
    /// <summary>The agent has the chat; the customer was told who joined.</summary>
    Claimed,

    /// <summary>Another agent won it, or it was not waiting.</summary>
    TakenByOther,

    /// <summary>The customer was no longer waiting (back with the bot, or closed); the stale entry was closed.</summary>
    NoLongerWaiting,

    /// <summary>The agent's other claims filled their capacity first; the chat stays in the queue.</summary>
    AtCapacity,
}
