namespace BotCare.Builder;

/// <summary>A card with a title, text, images and buttons; the portable way to show choices on Teams and Slack.</summary>
public sealed class HeroCard
{
    public const string ContentType = "application/vnd.microsoft.card.hero";

    public string? Title { get; set; }

    public string? Subtitle { get; set; }

    public string? Text { get; set; }

    public IList<CardImage>? Images { get; set; }

    public IList<CardAction>? Buttons { get; set; }

    public CardAction? Tap { get; set; }

    public Attachment ToAttachment() => new(ContentType, content: this);
}
