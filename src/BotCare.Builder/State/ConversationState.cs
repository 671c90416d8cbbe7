namespace BotCare.Builder;

/// <summary>State shared by everyone in a conversation; key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState : BotState
{
    public ConversationState(IStorage storage, BotStateCache? cache = null)
        : base(storage, nameof(ConversationState), cache)
    {
    }

    /// <summary>The storage key of a conversation's state, for code that reads it outside a turn.</summary>
    public static string StorageKeyFor(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return StorageKeyFor(StateKeys.ChannelId(activity), StateKeys.ConversationId(activity));
    }
}
