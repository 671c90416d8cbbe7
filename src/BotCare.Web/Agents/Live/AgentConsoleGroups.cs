namespace BotCare.Web;

/// <summary>The SignalR groups consoles join: every agent for queue news, and the watchers of each conversation.</summary>
public static class AgentConsoleGroups
{
    public const string Everyone = "agents";

    public static string Watching(string conversationId) => $"conversation:{conversationId}";
}
