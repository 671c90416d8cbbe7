namespace BotCare.Handoff;

/// <summary>Who takes an escalated chat.</summary>
public enum HandoffMode
{
    /// <summary>BotCare's own queue and agent console.</summary>
    Internal,

    /// <summary>
    /// An agent hub on the channel (Dynamics 365 Omnichannel, say): the bot's <c>handoff.initiate</c> event goes to the
    /// channel as it is, and the hub's <c>handoff.status</c> events move the chat on.
    /// </summary>
    External,
}
