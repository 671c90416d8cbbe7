namespace BotCare.Web;

/// <summary>
/// The SignalR groups consoles join: every agent for queue news, supervisors and admins, each agent's own consoles
/// (for what concerns them alone, such as their promises at risk), and the watchers of each conversation.
/// </summary>
public static class AgentConsoleGroups
{
    public const string Everyone = "agents";

    public const string Supervisors = "supervisors";

    public static string Agent(string agentId) => $"agent:{agentId}";

    public static string Watching(string conversationId) => $"conversation:{conversationId}";
}
