namespace BotCare.Builder;

/// <summary>A reaction (like, heart...) to a message.</summary>
public sealed class MessageReaction
{
    public string? Type { get; set; }
}
