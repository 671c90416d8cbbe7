namespace BotCare.Builder;

/// <summary>The parts of a state key, each required: a key without them would mix different users' state.</summary>
internal static class StateKeys
{
    public static string ChannelId(Activity activity) =>
        Require(activity.ChannelId, "channelId");

    public static string ConversationId(Activity activity) =>
        Require(activity.Conversation?.Id, "conversation.id");

    public static string UserId(Activity activity) =>
        Require(activity.From?.Id, "from.id");

    private static string Require(string? value, string field) =>
        string.IsNullOrEmpty(value) ? throw new InvalidOperationException($"invalid activity-missing {field}") : value;
}
