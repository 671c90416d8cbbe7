namespace BotCare.Builder;

/// <summary>A button: on a card or among suggested actions.</summary>
public sealed class CardAction
{
    public CardAction()
    {
    }

    public CardAction(string type, string? title = null, string? image = null, string? text = null, string? displayText = null, object? value = null)
    {
        Type = type;
        Title = title;
        Image = image;
        Text = text;
        DisplayText = displayText;
        Value = value;
    }

    /// <summary>One of <see cref="ActionTypes"/>.</summary>
    public string? Type { get; set; }

    public string? Title { get; set; }

    public string? Image { get; set; }

    public string? ImageAltText { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public object? Value { get; set; }

    public object? ChannelData { get; set; }
}
