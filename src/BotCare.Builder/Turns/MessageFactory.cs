namespace BotCare.Builder;

/// <summary>Builds the common kinds of message activity.</summary>
public static class MessageFactory
{
    public static Activity Text(string? text, string? ssml = null, string? inputHint = null)
    {
        var message = NewMessage();
        SetTextAndSpeech(message, text, ssml, inputHint);
        return message;
    }

    /// <summary>A message with quick-reply buttons; each string becomes an <see cref="ActionTypes.ImBack"/> button.</summary>
    public static Activity SuggestedActions(IEnumerable<string> actions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(actions);
        var cardActions = actions.Select(a => new CardAction(ActionTypes.ImBack, a, value: a)).ToList();
        return SuggestedActions(cardActions, text, ssml, inputHint);
    }

    public static Activity SuggestedActions(IEnumerable<CardAction> cardActions, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(cardActions);
        var message = Text(text, ssml, inputHint);
        message.SuggestedActions = new SuggestedActions(null, cardActions.ToList());
        return message;
    }

    public static Activity Attachment(Attachment attachment, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return Attachment([attachment], text, ssml, inputHint);
    }

    public static Activity Attachment(IEnumerable<Attachment> attachments, string? text = null, string? ssml = null, string? inputHint = null)
        => WithAttachments(AttachmentLayoutTypes.List, attachments, text, ssml, inputHint);

    public static Activity Carousel(IEnumerable<Attachment> attachments, string? text = null, string? ssml = null, string? inputHint = null)
        => WithAttachments(AttachmentLayoutTypes.Carousel, attachments, text, ssml, inputHint);

    /// <summary>A message pointing at a file, image or video by URL.</summary>
    public static Activity ContentUrl(string url, string contentType, string? name = null, string? text = null, string? ssml = null, string? inputHint = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(url);
        ArgumentException.ThrowIfNullOrEmpty(contentType);
        return Attachment(new Attachment(contentType, url, name: name ?? string.Empty), text, ssml, inputHint);
    }

    private static Activity WithAttachments(string layout, IEnumerable<Attachment> attachments, string? text, string? ssml, string? inputHint)
    {
        ArgumentNullException.ThrowIfNull(attachments);
        var message = NewMessage();
        message.AttachmentLayout = layout;
        message.Attachments = attachments.ToList();
        SetTextAndSpeech(message, text, ssml, inputHint);
        return message;
    }

    private static Activity NewMessage() => new(ActivityTypes.Message) { Attachments = [], Entities = [] };

    private static void SetTextAndSpeech(Activity message, string? text, string? ssml, string? inputHint)
    {
        if (!string.IsNullOrEmpty(text))
        {
            message.Text = text;
        }

        if (!string.IsNullOrEmpty(ssml))
        {
            message.Speak = ssml;
        }

        message.InputHint = inputHint ?? InputHints.AcceptingInput;
    }
}
