namespace BotCare.Builder;

/// <summary>The activity types of the Bot Framework activity schema.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string DeleteUserData = "deleteUserData";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string Suggestion = "suggestion";
    public const string Trace = "trace";
    public const string Handoff = "handoff";
    public const string Command = "command";
    public const string CommandResult = "commandResult";

    /// <summary>SDK-internal: an outgoing pause of <c>value</c> milliseconds; never reaches a channel.</summary>
    public const string Delay = "delay";

    /// <summary>SDK-internal: carries the <see cref="InvokeResponse"/> of an invoke turn back to the adapter.</summary>
    public const string InvokeResponse = "invokeResponse";
}
