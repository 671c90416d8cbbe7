namespace BotCare.Builder;

/// <summary>State shared by everyone in a conversation; key <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState : BotState
{
    public ConversationState(IStorage storage, BotStateCache? cache = null)
        : base(storage, nameof(ConversationState), cache)
    {
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{StateKeys.ChannelId(activity)}/conversations/{StateKeys.ConversationId(activity)}";
    }
}
