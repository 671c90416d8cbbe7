namespace BotCare.Builder;

/// <summary>How the sender wants replies delivered.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";

    /// <summary>Replies are returned in the HTTP response body instead of being posted to the channel.</summary>
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}
