namespace BotCare.Builder.Dialogs;

/// <summary>The outcome of a dialog operation: a status and, when a dialog completed, its result.</summary>
public sealed class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; }

    public object? Result { get; }

    /// <summary>Whether the dialog that ended was the parent's last one.</summary>
    public bool ParentEnded { get; init; }
}
