namespace BotCare.Handoff;

/// <summary>What the customer is told about the queue: their honest place in it, and that writing still reaches people.</summary>
public static class HandoffResponses
{
    public static string InQueue(int position) => position switch
    {
        <= 1 => "You're next in line for a person. Keep writing if anything comes to mind: it goes straight to them.",
        _ => $"You're number {position} in line for a person. Keep writing if anything comes to mind: it goes straight to them.",
    };

    public static string AgentJoined(string agentName) =>
        $"{agentName} from our team has joined the chat and has everything you told me.";

    public static string Transferred(string fromName, string toName) =>
        $"{fromName} has passed your chat to {toName}, who can see everything so far and will reply here.";

    public static string Closed(string agentName) =>
        $"{agentName} has closed this chat. Thank you for your patience. If anything else comes up, just write here.";

    public static string FromAgent(string agentName, string text) => $"{agentName}: {text.Trim()}";
}
