using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>A file, image or card sent with a message.</summary>
public sealed class Attachment
{
    public Attachment()
    {
    }

    public Attachment(string? contentType, string? contentUrl = null, object? content = null, string? name = null, string? thumbnailUrl = null)
    {
        ContentType = contentType;
        ContentUrl = contentUrl;
        Content = content;
        Name = name;
        ThumbnailUrl = thumbnailUrl;
    }

    /// <summary>MIME type, or a card type such as <c>application/vnd.microsoft.card.hero</c>.</summary>
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    /// <summary>Inline content (a card object); read back from the wire as plain dictionaries and lists.</summary>
    public object? Content { get; set; }

    public string? Name { get; set; }

    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
