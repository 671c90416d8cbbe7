namespace BotCare.Builder.Dialogs;

/// <summary>
/// A reusable conversation step definition. A dialog holds no per-conversation data: everything it needs to
/// continue lives in its <see cref="DialogInstance"/> on the stack, which is persisted between turns.
/// </summary>
public abstract class Dialog
{
    /// <summary>The result that says "wait for the user's next activity".</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    private string? _id;

    protected Dialog(string? dialogId = null)
    {
        _id = dialogId;
    }

    /// <summary>Unique within its <see cref="DialogSet"/>; defaults to the class name.</summary>
    public string Id
    {
        get => _id ??= OnComputeId();
        set => _id = value;
    }

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called with each new activity while this dialog is active. The default ends the dialog.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Called when a dialog this one started has ended. The default ends this dialog with that result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks the user again for whatever the dialog is waiting for.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Clean-up when the dialog leaves the stack (ended, replaced or cancelled).</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>A fingerprint of the dialog's definition; changes when the dialog changes shape.</summary>
    public virtual string GetVersion() => Id;

    /// <summary>
    /// Handles an event raised on the stack: first <see cref="OnPreBubbleEventAsync"/>, then the parent (when
    /// the event bubbles), then <see cref="OnPostBubbleEventAsync"/>. Returns whether someone handled it.
    /// </summary>
    public virtual async Task<bool> OnDialogEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        var handled = await OnPreBubbleEventAsync(dc, e, cancellationToken);
        if (!handled && e.Bubble && dc.Parent is not null)
        {
            handled = await dc.Parent.EmitEventAsync(e.Name, e.Value, bubble: true, fromLeaf: false, cancellationToken);
        }

        if (!handled)
        {
            handled = await OnPostBubbleEventAsync(dc, e, cancellationToken);
        }

        return handled;
    }

    protected virtual Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        => Task.FromResult(false);

    protected virtual Task<bool> OnPostBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
        => Task.FromResult(false);

    protected virtual string OnComputeId() => GetType().Name;
}
