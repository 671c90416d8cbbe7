namespace BotCare.Builder;

/// <summary>Refers to a substring of the text of the activity this one replies to.</summary>
public sealed class TextHighlight
{
    public string? Text { get; set; }

    public int? Occurrence { get; set; }
}
