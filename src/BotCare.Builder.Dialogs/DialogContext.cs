namespace BotCare.Builder.Dialogs;

/// <summary>
/// Drives one dialog stack during one turn: begin, continue, end, replace and cancel dialogs. The active
/// dialog is at index 0 of <see cref="Stack"/>.
/// </summary>
public class DialogContext
{
    /// <summary>
    /// A guard against stacks that grow without end (a loop that begins a dialog instead of replacing itself);
    /// deep stacks also break storage providers with nesting limits.
    /// </summary>
    public const int MaxStackDepth = 64;

    private const string ActivityReceivedEmittedKey = "BotCare.Dialogs.ActivityReceivedEmitted";

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, state, parent: null)
    {
    }

    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, RequireParent(parentDialogContext).Context, state, parentDialogContext)
    {
    }

    protected DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        ArgumentNullException.ThrowIfNull(state);
        Stack = state.DialogStack;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the container this stack belongs to, if any.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>The context of the active dialog's own stack, when the active dialog is a container.</summary>
    public DialogContext? Child =>
        ActiveDialog is { } active && FindDialog(active.Id) is DialogContainer container
            ? container.CreateChildContext(this)
            : null;

    /// <summary>Pushes <paramref name="dialogId"/> onto the stack and begins it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        var dialog = FindDialog(dialogId) ?? throw new ArgumentException(
            $"A dialog with the id '{dialogId}' was not found. Add it to the current or a parent DialogSet.", nameof(dialogId));

        if (TotalDepth() >= MaxStackDepth)
        {
            throw new InvalidOperationException(
                $"The dialog stack is {MaxStackDepth} deep while beginning '{dialogId}'. A loop should use ReplaceDialogAsync instead of beginning itself again.");
        }

        Stack.Insert(0, new DialogInstance(dialogId) { Version = dialog.GetVersion() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins a prompt; prompts require options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>
    /// Hands the turn's activity to the active dialog (after raising <see cref="DialogEvents.ActivityReceived"/>
    /// once per turn); <see cref="DialogTurnStatus.Empty"/> when nothing is active.
    /// </summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        if (!Context.TurnState.ContainsKey(ActivityReceivedEmittedKey))
        {
            Context.TurnState[ActivityReceivedEmittedKey] = true;
            await EmitEventAsync(DialogEvents.ActivityReceived, Context.Activity, bubble: true, fromLeaf: true, cancellationToken);
        }

        if (ActiveDialog is not { } active)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        var dialog = RequireDialog(active.Id, "continue");
        return await dialog.ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>
    /// Ends the active dialog and resumes the one below it with <paramref name="result"/>; when none is left,
    /// returns <see cref="DialogTurnStatus.Complete"/> with the result.
    /// </summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken);
        if (ActiveDialog is { } next)
        {
            var dialog = RequireDialog(next.Id, "resume");
            return await dialog.ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken);
        }

        return new DialogTurnResult(DialogTurnStatus.Complete, result);
    }

    /// <summary>Ends the active dialog without resuming its parent, then begins another: the loop idiom.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken);
        return await BeginDialogAsync(dialogId, options, cancellationToken);
    }

    public Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
        => CancelAllDialogsAsync(false, null, null, cancellationToken);

    /// <summary>
    /// Ends every dialog on this stack (and the parents' stacks when <paramref name="cancelParents"/>), each with
    /// <see cref="DialogReason.CancelCalled"/>. After the first, each dialog may intercept the cancellation by
    /// handling <paramref name="eventName"/>.
    /// </summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(bool cancelParents, string? eventName = null, object? eventValue = null, CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0 && Parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        eventName ??= DialogEvents.CancelDialog;
        var notify = false;
        DialogContext? dc = this;
        while (dc is not null)
        {
            if (dc.Stack.Count > 0)
            {
                if (notify && await dc.EmitEventAsync(eventName, eventValue, bubble: false, fromLeaf: false, cancellationToken))
                {
                    break;
                }

                await dc.EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken);
            }
            else
            {
                dc = cancelParents ? dc.Parent : null;
            }

            notify = true;
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Asks the active dialog to prompt again.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        if (ActiveDialog is { } active)
        {
            var dialog = RequireDialog(active.Id, "reprompt");
            await dialog.RepromptDialogAsync(Context, active, cancellationToken);
        }
    }

    /// <summary>Finds a dialog in this set or, failing that, in the parents' sets.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Raises an event at the active dialog (of the deepest child stack when <paramref name="fromLeaf"/>).</summary>
    public async Task<bool> EmitEventAsync(string name, object? value = null, bool bubble = true, bool fromLeaf = false, CancellationToken cancellationToken = default)
    {
        var dc = this;
        if (fromLeaf)
        {
            while (dc.Child is { } child)
            {
                dc = child;
            }
        }

        if (dc.ActiveDialog is { } active && dc.FindDialog(active.Id) is { } dialog)
        {
            var dialogEvent = new DialogEvent { Name = name, Value = value, Bubble = bubble };
            return await dialog.OnDialogEventAsync(dc, dialogEvent, cancellationToken);
        }

        return false;
    }

    /// <summary>The locale of the turn, English when the channel did not say.</summary>
    public string GetLocale() => Context.Activity.Locale ?? "en-us";

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        if (ActiveDialog is not { } active)
        {
            return;
        }

        if (FindDialog(active.Id) is { } dialog)
        {
            await dialog.EndDialogAsync(Context, active, reason, cancellationToken);
        }

        Stack.RemoveAt(0);
    }

    private Dialog RequireDialog(string dialogId, string operation) => FindDialog(dialogId)
        ?? throw new InvalidOperationException($"Cannot {operation} the dialog '{dialogId}': no dialog with that id is in the current or a parent DialogSet.");

    private static DialogContext RequireParent(DialogContext? parent) =>
        parent ?? throw new ArgumentNullException(nameof(parent));

    private int TotalDepth()
    {
        var depth = 0;
        for (var dc = this; dc is not null; dc = dc.Parent)
        {
            depth += dc.Stack.Count;
        }

        return depth;
    }
}
