namespace BotCare.Builder;

/// <summary>State about a user across conversations on one channel; key <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState : BotState
{
    public UserState(IStorage storage, BotStateCache? cache = null)
        : base(storage, nameof(UserState), cache)
    {
    }

    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        return $"{StateKeys.ChannelId(activity)}/users/{StateKeys.UserId(activity)}";
    }
}
