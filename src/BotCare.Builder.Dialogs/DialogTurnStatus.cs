namespace BotCare.Builder.Dialogs;

/// <summary>Where a dialog stack stands after a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user.</summary>
    Waiting,

    /// <summary>The dialog finished and returned a result; nothing is left on this stack.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,

    /// <summary>The dialog finished, but the turn should end here.</summary>
    CompleteAndWait,
}
