namespace BotCare.Dialogs;

/// <summary>How repeating the story back ended.</summary>
public enum RepeatBackOutcome
{
    /// <summary>The customer said the bot has it right.</summary>
    Confirmed,

    /// <summary>After the allowed corrections the bot still does not have it right.</summary>
    NotConfirmed,
}
