namespace BotCare.Builder;

/// <summary>Whether the bot is waiting for the user after an activity.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string IgnoringInput = "ignoringInput";
    public const string ExpectingInput = "expectingInput";
}
