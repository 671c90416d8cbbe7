namespace BotCare.Builder.Dialogs;

/// <summary>
/// A dialog made of dialogs: it runs its own child stack, persisted inside its instance state under
/// <c>dialogs</c>, and ends when that stack completes.
/// </summary>
public class ComponentDialog : DialogContainer
{
    /// <summary>The instance-state key of the child stack.</summary>
    public const string PersistedDialogState = "dialogs";

    public ComponentDialog(string? dialogId = null)
        : base(dialogId)
    {
    }

    /// <summary>The child dialog begun first; defaults to the first one added.</summary>
    public string? InitialDialogId { get; set; }

    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateChildContext(dc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(dc, turnResult.Result, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var innerDc = CreateChildContext(dc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(dc, turnResult.Result, cancellationToken);
    }

    /// <summary>
    /// Something was pushed on top of this component and has ended. The component was not waiting for that
    /// result, so it re-prompts its own active dialog rather than ending early.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = new DialogContext(Dialogs, turnContext, GetInnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, GetInnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken);
    }

    public override DialogContext CreateChildContext(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException($"'{Id}' is not on the stack.");
        return new DialogContext(Dialogs, dc, GetInnerState(instance));
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        var initial = InitialDialogId ?? throw new InvalidOperationException($"'{Id}' has no dialogs to begin.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Override to look at each message before the child stack does (interruptions such as "agent").</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    protected virtual Task OnEndDialogAsync(ITurnContext context, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken)
        => Task.CompletedTask;

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
        => Task.CompletedTask;

    /// <summary>Ends the component with the child stack's result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private static DialogState GetInnerState(DialogInstance instance)
    {
        if (!instance.State.ContainsKey(PersistedDialogState))
        {
            instance.State[PersistedDialogState] = new DialogState();
        }

        return instance.State.GetTyped<DialogState>(PersistedDialogState);
    }
}
