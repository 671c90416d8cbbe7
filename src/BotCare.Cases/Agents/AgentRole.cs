namespace BotCare.Cases;

/// <summary>What a person signed in to the console may do.</summary>
public enum AgentRole
{
    /// <summary>Takes chats from the queue for their skills.</summary>
    Agent,

    /// <summary>An agent who also sees every live chat, can watch one, and reads the insights.</summary>
    Supervisor,

    /// <summary>A supervisor who also manages accounts, settings and data requests.</summary>
    Admin,
}
