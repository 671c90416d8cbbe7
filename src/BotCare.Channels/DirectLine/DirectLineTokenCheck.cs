namespace BotCare.Channels;

/// <summary>What a Direct Line token says: valid for a conversation and user, expired, or not ours.</summary>
public sealed record DirectLineTokenCheck(DirectLineTokenStatus Status, string? ConversationId = null, string? UserId = null)
{
    public static DirectLineTokenCheck Expired { get; } = new(DirectLineTokenStatus.Expired);

    public static DirectLineTokenCheck Invalid { get; } = new(DirectLineTokenStatus.Invalid);

    public static DirectLineTokenCheck Valid(string conversationId, string userId) => new(DirectLineTokenStatus.Valid, conversationId, userId);
}
