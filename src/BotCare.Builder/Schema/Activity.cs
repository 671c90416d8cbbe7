using System.Text.Json;
using System.Text.Json.Serialization;

namespace BotCare.Builder;

/// <summary>
/// One Bot Framework activity: every field of the activity schema (v3.1), with camelCase wire names.
/// Fields this class does not name are kept in <see cref="Properties"/> and written back unchanged, as the
/// spec asks receivers to do (A2005).
/// </summary>
public sealed partial class Activity :
    IMessageActivity,
    IMessageUpdateActivity,
    IMessageDeleteActivity,
    IConversationUpdateActivity,
    IEventActivity,
    IInvokeActivity,
    ITypingActivity,
    IEndOfConversationActivity,
    IMessageReactionActivity,
    IInstallationUpdateActivity,
    ICommandActivity,
    ICommandResultActivity,
    ITraceActivity
{
    public Activity()
    {
    }

    public Activity(string type)
    {
        Type = type;
    }

    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public IList<MessageReaction>? ReactionsAdded { get; set; }

    public IList<MessageReaction>? ReactionsRemoved { get; set; }

    public string? TopicName { get; set; }

    public bool? HistoryDisclosed { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Speak { get; set; }

    public string? InputHint { get; set; }

    public string? Summary { get; set; }

    public SuggestedActions? SuggestedActions { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    /// <summary>Channel-specific content; read it typed with <see cref="GetChannelData{T}"/>.</summary>
    public object? ChannelData { get; set; }

    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    public string? Label { get; set; }

    public string? ValueType { get; set; }

    public object? Value { get; set; }

    public string? Name { get; set; }

    public ConversationReference? RelatesTo { get; set; }

    public string? Code { get; set; }

    public DateTimeOffset? Expiration { get; set; }

    public string? Importance { get; set; }

    public string? DeliveryMode { get; set; }

    public IList<string>? ListenFor { get; set; }

    public IList<TextHighlight>? TextHighlights { get; set; }

    public SemanticAction? SemanticAction { get; set; }

    /// <summary>Set by the receiving adapter after authentication; never trusted from the wire (A2251).</summary>
    public string? CallerId { get; set; }

    /// <summary>Fields this schema does not name.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Properties { get; set; }
}
