namespace BotCare.Web;

/// <summary>What the agent console offers, from the <c>Agents</c> section.</summary>
public sealed class AgentConsoleOptions
{
    public const string Section = "Agents";

    public List<CannedResponse> CannedResponses { get; set; } = [];
}
