namespace BotCare.Web;

/// <summary>What one scheduler pass did with the follow-ups it took, by commitment id.</summary>
public sealed record FollowUpPass
{
    public List<string> Sent { get; } = [];

    /// <summary>Moved later: quiet hours, the channel's minute used up, the chat with a person, or a failed try.</summary>
    public List<string> Deferred { get; } = [];

    /// <summary>Not to be sent: the case is gone, has had its follow-ups, or cannot be reached; or too many failed tries.</summary>
    public List<string> Dropped { get; } = [];
}
