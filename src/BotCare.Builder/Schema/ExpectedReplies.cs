namespace BotCare.Builder;

/// <summary>The body returned for a <see cref="DeliveryModes.ExpectReplies"/> request.</summary>
public sealed class ExpectedReplies
{
    public IList<Activity> Activities { get; set; } = [];
}
