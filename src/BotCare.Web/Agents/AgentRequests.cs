namespace BotCare.Web;

/// <summary>The bodies of the agent API's actions on a chat.</summary>
public static class AgentRequests
{
    /// <summary>The longest text an agent sends or notes at once: a message, not a document.</summary>
    public const int MaxTextLength = 4000;

    /// <summary><c>POST .../messages</c> and <c>.../notes</c>: <c>{"text":"..."}</c>.</summary>
    public sealed record Message(string? Text);

    /// <summary><c>POST .../handback</c>: what happened, which the bot tells the customer when it resumes.</summary>
    public sealed record HandBack(string? Summary);

    /// <summary><c>POST .../transfer</c>.</summary>
    public sealed record Transfer(string? ToAgentId);

    /// <summary><c>POST .../close</c>: one of <see cref="CloseOutcomes"/>, and optionally a few words.</summary>
    public sealed record Close(string? Outcome, string? Text);

    /// <summary>How a closed chat ended, as the console offers them.</summary>
    public static readonly IReadOnlyList<string> CloseOutcomes = ["resolved", "unresolved", "customerLeft", "duplicate"];
}
