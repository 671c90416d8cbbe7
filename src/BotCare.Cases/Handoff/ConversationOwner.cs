namespace BotCare.Cases;

/// <summary>Who speaks for the company in a conversation right now.</summary>
public enum ConversationOwner
{
    /// <summary>The bot runs the playbook.</summary>
    Bot,

    /// <summary>Escalated and waiting for a person: the bot only gives queue updates.</summary>
    Queued,

    /// <summary>A person has the chat; the bot stays silent.</summary>
    Agent,

    /// <summary>Finished with an outcome; the customer writing again starts with the bot.</summary>
    Closed,
}
