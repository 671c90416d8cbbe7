using System.Text.Json.Serialization;
using BotCare.Builder;

namespace BotCare.Channels;

/// <summary>The Direct Line <c>Conversation</c> object: what starting, reconnecting or a token call returns.</summary>
public sealed record DirectLineConversationResponse(
    string ConversationId,
    string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    string? StreamUrl = null);

/// <summary>The Direct Line <c>ActivitySet</c>: activities and the watermark to send back for the next ones.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);

/// <summary>The body of <c>POST /conversations</c> and <c>tokens/generate</c> (both optional).</summary>
public sealed record DirectLineStartRequest(ChannelAccount? User, string? Locale);
