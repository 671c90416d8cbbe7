namespace BotCare.Dialogs;

/// <summary>How listening ended.</summary>
public enum ListenOutcome
{
    /// <summary>The customer has told the whole story.</summary>
    Complete,

    /// <summary>Twice in a row the bot could not make out a problem.</summary>
    NotUnderstood,

    /// <summary>There was no problem to hear: a thank-you or a goodbye.</summary>
    NothingToDo,
}
