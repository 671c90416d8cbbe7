namespace BotCare.Builder;

/// <summary>
/// State of one user within one conversation (a group chat has one per member); key
/// <c>{channelId}/conversations/{conversationId}/users/{userId}</c>.
/// </summary>
public sealed class PrivateConversationState : BotState
{
    public PrivateConversationState(IStorage storage)
        : base(storage, nameof(PrivateConversationState))
    {
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{StateKeys.ChannelId(activity)}/conversations/{StateKeys.ConversationId(activity)}/users/{StateKeys.UserId(activity)}";
    }
}
