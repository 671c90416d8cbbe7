namespace BotCare.Builder.Dialogs;

/// <summary>Names of the events dialogs raise and bubble up the stack.</summary>
public static class DialogEvents
{
    public const string BeginDialog = "beginDialog";
    public const string RepromptDialog = "repromptDialog";
    public const string CancelDialog = "cancelDialog";

    /// <summary>Raised once per turn from the leaf before the active dialog continues: the hook for interruptions.</summary>
    public const string ActivityReceived = "activityReceived";
    public const string VersionChanged = "versionChanged";
    public const string Error = "error";
    public const string Custom = "custom";
}
