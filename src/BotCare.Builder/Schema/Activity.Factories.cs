namespace BotCare.Builder;

public sealed partial class Activity
{
    public static IMessageActivity CreateMessageActivity() => NewOfType(ActivityTypes.Message);

    public static IConversationUpdateActivity CreateConversationUpdateActivity() => NewOfType(ActivityTypes.ConversationUpdate);

    public static ITypingActivity CreateTypingActivity() => NewOfType(ActivityTypes.Typing);

    public static IEventActivity CreateEventActivity() => NewOfType(ActivityTypes.Event);

    public static IInvokeActivity CreateInvokeActivity() => NewOfType(ActivityTypes.Invoke);

    public static IEndOfConversationActivity CreateEndOfConversationActivity() => NewOfType(ActivityTypes.EndOfConversation);

    public static ITraceActivity CreateTraceActivity(string name, string? valueType = null, object? value = null, string? label = null)
    {
        var trace = NewOfType(ActivityTypes.Trace);
        trace.Name = name;
        trace.Label = label;
        trace.ValueType = valueType ?? value?.GetType().Name;
        trace.Value = value;
        return trace;
    }

    /// <summary>A message from the recipient of this activity back to its sender, in the same conversation.</summary>
    public Activity CreateReply(string? text = null, string? locale = null)
    {
        var reply = CreateResponse(ActivityTypes.Message);
        reply.Text = text ?? string.Empty;
        reply.Locale = locale ?? Locale;
        reply.Attachments = [];
        reply.Entities = [];
        return reply;
    }

    /// <summary>A trace from the recipient of this activity back to its sender.</summary>
    public Activity CreateTrace(string name, object? value = null, string? valueType = null, string? label = null)
    {
        var trace = CreateResponse(ActivityTypes.Trace);
        trace.Name = name;
        trace.Label = label;
        trace.ValueType = valueType ?? value?.GetType().Name;
        trace.Value = value;
        return trace;
    }

    private Activity CreateResponse(string type) => new(type)
    {
        Timestamp = DateTimeOffset.UtcNow,
        From = new ChannelAccount(Recipient?.Id, Recipient?.Name),
        Recipient = new ChannelAccount(From?.Id, From?.Name),
        ReplyToId = IsWelcomeOnDirectLine() ? null : Id,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        Conversation = Conversation is null ? null : new ConversationAccount(Conversation.IsGroup, Conversation.Id, Conversation.Name),
    };

    private static Activity NewOfType(string type) => new(type) { Attachments = [], Entities = [] };
}
