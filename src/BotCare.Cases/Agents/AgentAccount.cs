namespace BotCare.Cases;

/// <summary>A person who answers escalated chats: how they sign in, what they handle, and whether they can take more now.</summary>
public sealed class AgentAccount
{
    /// <summary>The sign-in name, kept in lower case: unique, and what the record of who did what names.</summary>
    public string Id { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public AgentRole Role { get; set; } = AgentRole.Agent;

    /// <summary>The queue skills they take: <c>product</c>, <c>service</c>, <c>billing</c>, <c>delivery</c>.</summary>
    public List<string> Skills { get; set; } = [];

    /// <summary>How many chats they hold at once at most.</summary>
    public int Capacity { get; set; } = 3;

    public AgentPresence Presence { get; set; } = AgentPresence.Offline;

    /// <summary>
    /// The largest refund or credit (in the policy's currency) they may grant on their own; above it a supervisor
    /// approves. Shown beside the case so an agent knows what they can promise before they promise it.
    /// </summary>
    public decimal ApprovalLimit { get; set; } = 250m;

    /// <summary>The password as ASP.NET Core's password hasher stores it (salted, iterated); never the password itself.</summary>
    public string PasswordHash { get; set; } = string.Empty;

    /// <summary>Whether they may take a chat that needs <paramref name="skill"/>.</summary>
    public bool Handles(string skill) => Skills.Exists(s => string.Equals(s, skill, StringComparison.OrdinalIgnoreCase));
}
