namespace BotCare.Builder.Dialogs;

/// <summary>A dialog that owns child dialogs and runs them on a stack of its own.</summary>
public abstract class DialogContainer : Dialog
{
    protected DialogContainer(string? dialogId = null)
        : base(dialogId)
    {
    }

    public DialogSet Dialogs { get; } = new();

    /// <summary>The context of the child stack, for a context whose active dialog is this container.</summary>
    public abstract DialogContext CreateChildContext(DialogContext dc);

    public virtual Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override string GetVersion() => $"{Id}:{Dialogs.GetVersion()}";
}
