namespace BotCare.Cases;

/// <summary>Whether an agent can take chats now.</summary>
public enum AgentPresence
{
    /// <summary>Takes new chats up to their capacity.</summary>
    Online,

    /// <summary>Signed in and finishing their chats, but takes no new ones.</summary>
    Away,

    /// <summary>Not working.</summary>
    Offline,
}
