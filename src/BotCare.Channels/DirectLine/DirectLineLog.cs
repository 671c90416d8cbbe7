using BotCare.Builder;

namespace BotCare.Channels;

/// <summary>
/// One Direct Line conversation as stored: who the user is and every activity in order (its index is the
/// sequence and the watermark). One document per conversation keeps an append atomic under the storage's
/// ETag rules, and a support chat is a few dozen activities.
/// </summary>
public sealed class DirectLineLog : IStoreItem
{
    public required string ConversationId { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public List<Activity> Activities { get; init; } = [];

    public string? ETag { get; set; }
}
