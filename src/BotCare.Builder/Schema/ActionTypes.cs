namespace BotCare.Builder;

/// <summary>Values of <see cref="CardAction.Type"/>.</summary>
public static class ActionTypes
{
    /// <summary>Sends the action's value as a message visible in the conversation.</summary>
    public const string ImBack = "imBack";

    /// <summary>Sends the action's value to the bot without showing it in the conversation (on most channels).</summary>
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
    public const string Call = "call";
    public const string ShowImage = "showImage";
    public const string DownloadFile = "downloadFile";
    public const string PlayAudio = "playAudio";
    public const string PlayVideo = "playVideo";
    public const string Signin = "signin";
}
