namespace BotCare.Builder.Dialogs;

/// <summary>What each channel can render, so choices are shown in the best form it supports.</summary>
public static class Channel
{
    /// <summary>Button titles longer than this are cut by most channels, so long choices become a list.</summary>
    public const int MaxActionTitleLength = 20;

    /// <summary>
    /// Whether the channel shows quick replies for <paramref name="buttonCount"/> buttons. Teams shows them only
    /// in personal chats and only up to three.
    /// </summary>
    public static bool SupportsSuggestedActions(string? channelId, int buttonCount = 100, string? conversationType = null) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 10,
        Channels.Line => buttonCount <= 13,
        Channels.Kik => buttonCount <= 20,
        Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat => buttonCount <= 100,
        Channels.Msteams => conversationType == "personal" && buttonCount <= 3,
        _ => false,
    };

    /// <summary>Whether the channel shows card buttons for <paramref name="buttonCount"/> buttons.</summary>
    public static bool SupportsCardActions(string? channelId, int buttonCount = 100) => channelId switch
    {
        Channels.Facebook or Channels.Skype => buttonCount <= 3,
        Channels.Msteams => buttonCount <= 50,
        Channels.Line => buttonCount <= 99,
        Channels.Slack or Channels.Telegram or Channels.Emulator or Channels.Directline or Channels.DirectlineSpeech or Channels.Webchat => buttonCount <= 100,
        _ => false,
    };
}
