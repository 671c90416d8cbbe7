namespace BotCare.Builder;

/// <summary>
/// Everything needed to talk into a conversation again later, e.g. for a proactive follow-up.
/// Captured with <see cref="Activity.GetConversationReference"/>.
/// </summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? Locale { get; set; }

    public string? ServiceUrl { get; set; }

    /// <summary>
    /// The <c>event</c> activity named <c>ContinueConversation</c> that a proactive turn runs on: from the
    /// user to the bot, in this conversation, related to this reference.
    /// </summary>
    public Activity GetContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = ActivityEventNames.ContinueConversation,
        Id = Guid.NewGuid().ToString(),
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        Recipient = Bot,
        From = User,
        RelatesTo = this,
        Timestamp = DateTimeOffset.UtcNow,
    };
}
