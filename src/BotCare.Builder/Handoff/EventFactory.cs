namespace BotCare.Builder;

/// <summary>Builds the handoff events of the Bot Framework handoff protocol.</summary>
public static class EventFactory
{
    /// <summary>The name of the transcript attachment on a handoff initiation.</summary>
    public const string TranscriptAttachmentName = "Transcript";

    /// <summary>
    /// A <c>handoff.initiate</c> event for the current conversation: from the user, replying to the current
    /// activity, carrying <paramref name="handoffContext"/> (whatever the agent side needs: reason, brief,
    /// skill...) and, optionally, the conversation so far as an attachment named <c>Transcript</c>.
    /// </summary>
    public static Activity CreateHandoffInitiation(ITurnContext turnContext, object? handoffContext, Transcript? transcript = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var current = turnContext.Activity;
        var handoff = new Activity(ActivityTypes.Event)
        {
            Name = HandoffEventNames.InitiateHandoff,
            Value = handoffContext,
            Id = Guid.NewGuid().ToString(),
            Timestamp = DateTimeOffset.UtcNow,
            Conversation = current.Conversation,
            From = current.From,
            Recipient = current.Recipient,
            RelatesTo = current.GetConversationReference(),
            ReplyToId = current.Id,
            ServiceUrl = current.ServiceUrl,
            ChannelId = current.ChannelId,
            Attachments = [],
        };

        if (transcript is not null)
        {
            handoff.Attachments.Add(new Attachment("application/json", content: transcript, name: TranscriptAttachmentName));
        }

        return handoff;
    }

    /// <summary>A <c>handoff.status</c> event (see <see cref="HandoffStates"/>) for <paramref name="conversation"/>.</summary>
    public static Activity CreateHandoffStatus(ConversationAccount conversation, string state, string? message = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentException.ThrowIfNullOrEmpty(state);
        return new Activity(ActivityTypes.Event)
        {
            Name = HandoffEventNames.HandoffStatus,
            Value = new HandoffStatus(state, message),
            Id = Guid.NewGuid().ToString(),
            Timestamp = DateTimeOffset.UtcNow,
            Conversation = conversation,
            Attachments = [],
            Entities = [],
        };
    }
}
