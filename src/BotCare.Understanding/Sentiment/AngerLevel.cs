namespace BotCare.Understanding;

/// <summary>Bands of anger, for wording: the more upset the customer, the more the bot acknowledges it.</summary>
public enum AngerLevel
{
    Calm,
    Annoyed,
    Upset,
    Furious,
}
