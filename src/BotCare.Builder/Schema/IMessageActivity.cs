namespace BotCare.Builder;

/// <summary>A message: text, speech, attachments and suggested actions.</summary>
public interface IMessageActivity : IActivity
{
    string? Locale { get; set; }

    string? Text { get; set; }

    string? Speak { get; set; }

    string? InputHint { get; set; }

    string? Summary { get; set; }

    string? TextFormat { get; set; }

    string? AttachmentLayout { get; set; }

    IList<Attachment>? Attachments { get; set; }

    SuggestedActions? SuggestedActions { get; set; }

    string? Importance { get; set; }

    string? DeliveryMode { get; set; }

    DateTimeOffset? Expiration { get; set; }

    object? Value { get; set; }

    IList<TextHighlight>? TextHighlights { get; set; }

    SemanticAction? SemanticAction { get; set; }
}
