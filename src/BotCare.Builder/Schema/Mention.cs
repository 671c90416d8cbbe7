namespace BotCare.Builder;

/// <summary>An @mention entity: who was mentioned and the text that mentioned them (Teams: <c>&lt;at&gt;Bot&lt;/at&gt;</c>).</summary>
public sealed class Mention
{
    public const string EntityType = "mention";

    public string Type { get; set; } = EntityType;

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }
}
