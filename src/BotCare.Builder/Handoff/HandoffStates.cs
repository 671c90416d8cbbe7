namespace BotCare.Builder;

/// <summary>The <c>state</c> values of a <see cref="HandoffEventNames.HandoffStatus"/> event.</summary>
public static class HandoffStates
{
    /// <summary>An agent took the conversation.</summary>
    public const string Accepted = "accepted";

    /// <summary>The handoff did not happen; <c>message</c> says why.</summary>
    public const string Failed = "failed";

    /// <summary>The agent finished and the conversation is back with the bot.</summary>
    public const string Completed = "completed";
}
