namespace BotCare.Builder;

/// <summary>Channel ids as they appear in <see cref="Activity.ChannelId"/>.</summary>
public static class Channels
{
    public const string Msteams = "msteams";
    public const string Slack = "slack";
    public const string Webchat = "webchat";
    public const string Directline = "directline";
    public const string DirectlineSpeech = "directlinespeech";
    public const string Emulator = "emulator";
    public const string Test = "test";
    public const string Facebook = "facebook";
    public const string Telegram = "telegram";
    public const string Email = "email";
    public const string Sms = "sms";
    public const string Line = "line";
    public const string Kik = "kik";
    public const string Skype = "skype";
    public const string Omnichannel = "omnichannel";
}
