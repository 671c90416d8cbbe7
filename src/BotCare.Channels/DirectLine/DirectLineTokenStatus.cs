namespace BotCare.Channels;

public enum DirectLineTokenStatus
{
    Valid,
    Expired,
    Invalid,
}
