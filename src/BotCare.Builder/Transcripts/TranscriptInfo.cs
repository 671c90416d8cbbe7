namespace BotCare.Builder;

/// <summary>A recorded conversation: its channel, id and when its first activity was logged.</summary>
public sealed class TranscriptInfo
{
    public string? ChannelId { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset Created { get; set; }
}
