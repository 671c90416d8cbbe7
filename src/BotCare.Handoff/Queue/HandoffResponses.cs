namespace BotCare.Handoff;

/// <summary>What the customer is told about the queue: their honest place in it, and that writing still reaches people.</summary>
public static class HandoffResponses
{
    /// <summary>The customer's choice, while waiting, to be contacted later instead.</summary>
    public const string ContactMeLater = "Contact me later";

    /// <summary>The customer's choice to keep their place.</summary>
    public const string KeepWaiting = "I'll wait";

    public const string StillInLine = "Okay, you keep your place in line. Keep writing if anything comes to mind: it goes straight to them.";

    /// <summary>On joining the queue: the place, the wait when it can be promised, and what writing does (or the alternative).</summary>
    public static string InQueue(WaitEstimate estimate, bool offerLater)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        return $"{Place(estimate.Position)} {Wait(estimate)}{(offerLater ? OfferLater : KeepWriting)}";
    }

    /// <summary>While waiting, when the place changed.</summary>
    public static string Moved(WaitEstimate estimate, bool offerLater)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var place = estimate.Position <= 1 ? "You're next in line now." : $"You're now number {estimate.Position} in line.";
        return $"{place} {Wait(estimate)}{(offerLater ? OfferLater : string.Empty)}".TrimEnd();
    }

    private const string KeepWriting = "Keep writing if anything comes to mind: it goes straight to them.";

    private const string OfferLater = "If you'd rather not wait, we can contact you here instead.";

    private static string Place(int position) =>
        position <= 1 ? "You're next in line for a person." : $"You're number {position} in line for a person.";

    private static string Wait(WaitEstimate estimate) => estimate switch
    {
        { Open: false } => "We're outside our opening hours, so it may be a while before someone is free. ",
        { Staffed: false } => "Everyone who can help with this is busy or away right now, so I can't promise how long it will be. ",
        { Minutes: 1 } => "The wait should be about a minute. ",
        { Minutes: { } minutes } => $"The wait should be about {minutes} minutes. ",
        _ => string.Empty,
    };

    public static string AgentJoined(string agentName) =>
        $"{agentName} from our team has joined the chat and has everything you told me.";

    public static string Transferred(string fromName, string toName) =>
        $"{fromName} has passed your chat to {toName}, who can see everything so far and will reply here.";

    public static string Closed(string agentName) =>
        $"{agentName} has closed this chat. Thank you for your patience. If anything else comes up, just write here.";

    public static string FromAgent(string agentName, string text) => $"{agentName}: {text.Trim()}";
}
