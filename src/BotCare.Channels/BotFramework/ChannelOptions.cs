namespace BotCare.Channels;

/// <summary>Limits of the /api/messages endpoint, from the <c>Channels</c> section.</summary>
public sealed class ChannelOptions
{
    public const string SectionName = "Channels";

    /// <summary>Requests with a larger body are refused with 413: no channel sends activities this big.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Messages per second sent into one Teams conversation.</summary>
    public int TeamsMessagesPerSecond { get; set; } = 7;
}
