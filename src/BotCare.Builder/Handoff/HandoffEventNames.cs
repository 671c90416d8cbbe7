namespace BotCare.Builder;

/// <summary>The event names of the Bot Framework handoff protocol.</summary>
public static class HandoffEventNames
{
    /// <summary>The bot asks for the conversation to be handed to a human agent.</summary>
    public const string InitiateHandoff = "handoff.initiate";

    /// <summary>The agent hub reports on a handoff: see <see cref="HandoffStates"/>.</summary>
    public const string HandoffStatus = "handoff.status";
}
