namespace BotCare.Builder;

public sealed partial class Activity
{
    /// <summary>
    /// Whether this activity is of <paramref name="activityType"/>: case-insensitive, and a sub-type such as
    /// <c>message/card</c> counts as <c>message</c>.
    /// </summary>
    public bool IsActivity(string activityType)
    {
        if (Type is null || !Type.StartsWith(activityType, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return Type.Length == activityType.Length || Type[activityType.Length] == '/';
    }

    public IMessageActivity? AsMessageActivity() => IsActivity(ActivityTypes.Message) ? this : null;

    public IMessageUpdateActivity? AsMessageUpdateActivity() => IsActivity(ActivityTypes.MessageUpdate) ? this : null;

    public IMessageDeleteActivity? AsMessageDeleteActivity() => IsActivity(ActivityTypes.MessageDelete) ? this : null;

    public IConversationUpdateActivity? AsConversationUpdateActivity() => IsActivity(ActivityTypes.ConversationUpdate) ? this : null;

    public IEventActivity? AsEventActivity() => IsActivity(ActivityTypes.Event) ? this : null;

    public IInvokeActivity? AsInvokeActivity() => IsActivity(ActivityTypes.Invoke) ? this : null;

    public ITypingActivity? AsTypingActivity() => IsActivity(ActivityTypes.Typing) ? this : null;

    public IEndOfConversationActivity? AsEndOfConversationActivity() => IsActivity(ActivityTypes.EndOfConversation) ? this : null;

    public IMessageReactionActivity? AsMessageReactionActivity() => IsActivity(ActivityTypes.MessageReaction) ? this : null;

    public IInstallationUpdateActivity? AsInstallationUpdateActivity() => IsActivity(ActivityTypes.InstallationUpdate) ? this : null;

    public ICommandActivity? AsCommandActivity() => IsActivity(ActivityTypes.Command) ? this : null;

    public ICommandResultActivity? AsCommandResultActivity() => IsActivity(ActivityTypes.CommandResult) ? this : null;

    public ITraceActivity? AsTraceActivity() => IsActivity(ActivityTypes.Trace) ? this : null;

    /// <summary>A deep copy, made through the wire format so unknown fields are copied too.</summary>
    public Activity Clone() => BotJson.Copy(this);
}
