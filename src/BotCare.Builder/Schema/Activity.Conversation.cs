namespace BotCare.Builder;

public sealed partial class Activity
{
    /// <summary>The reference that lets the bot reply into this conversation now or later.</summary>
    public ConversationReference GetConversationReference() => new()
    {
        // Direct Line and Web Chat do not accept replies to a conversationUpdate, so welcomes are plain sends. A
        // proactive turn's activity (made by GetContinuationActivity, which sets RelatesTo) was never on the channel:
        // a reply to it would name an activity the client never saw (Web Chat holds such a message five seconds,
        // waiting for it; the connector would post it as a reply to nothing), so its messages are plain sends too.
        ActivityId = IsWelcomeOnDirectLine() || RelatesTo is not null ? null : Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };

    /// <summary>
    /// Addresses this activity from a reference: an outgoing activity goes from the bot to the user as a reply
    /// to the referenced activity; an incoming one goes from the user to the bot.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ChannelId = reference.ChannelId;
        ServiceUrl = reference.ServiceUrl;
        Conversation = reference.Conversation;
        Locale ??= reference.Locale;
        if (isIncoming)
        {
            From = reference.User;
            Recipient = reference.Bot;
            if (reference.ActivityId is not null)
            {
                Id = reference.ActivityId;
            }
        }
        else
        {
            From = reference.Bot;
            Recipient = reference.User;
            if (reference.ActivityId is not null)
            {
                ReplyToId = reference.ActivityId;
            }
        }

        return this;
    }

    /// <summary>The @mentions in this activity.</summary>
    public IReadOnlyList<Mention> GetMentions() =>
        Entities?
            .Where(e => string.Equals(e.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            .Select(e => e.GetAs<Mention>())
            .ToList()
        ?? [];

    /// <summary>
    /// Removes the text that @mentioned <paramref name="id"/> (Teams puts <c>&lt;at&gt;Bot&lt;/at&gt;</c> in the
    /// message), and the mention entity with it, so dialogs see only what the user said.
    /// </summary>
    public string? RemoveMentionText(string id)
    {
        if (Entities is null || Text is null)
        {
            return Text;
        }

        foreach (var entity in Entities.ToList())
        {
            if (!string.Equals(entity.Type, Mention.EntityType, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mention = entity.GetAs<Mention>();
            if (mention.Mentioned?.Id == id && !string.IsNullOrEmpty(mention.Text))
            {
                Text = Text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase).Trim();
                Entities.Remove(entity);
            }
        }

        return Text;
    }

    /// <summary>Reads <see cref="ChannelData"/> as <typeparamref name="T"/> (default when absent).</summary>
    public T? GetChannelData<T>() => BotJson.Convert<T>(ChannelData);

    /// <summary>Whether a message carries anything to show: text, a summary, attachments or channel data.</summary>
    public bool HasContent() =>
        !string.IsNullOrWhiteSpace(Text)
        || !string.IsNullOrWhiteSpace(Summary)
        || Attachments is { Count: > 0 }
        || ChannelData is not null;

    private bool IsWelcomeOnDirectLine() =>
        Type == ActivityTypes.ConversationUpdate
        && (ChannelId == Channels.Directline || ChannelId == Channels.Webchat);
}
