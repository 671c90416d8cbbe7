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

    /// <summary>
    /// The agent closed the chat with an outcome (<c>message</c>): the conversation is over, not handed back, so the
    /// dialogs end without resuming and the next message starts a new story. BotCare's own console sends it; it is not
    /// one of the SDK's states, and an external hub would send <see cref="Completed"/> instead.
    /// </summary>
    public const string Closed = "closed";
}
