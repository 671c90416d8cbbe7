namespace BotCare.Builder.Dialogs;

/// <summary>
/// Runs steps in order. Each step usually prompts; the answer arrives as the next step's
/// <see cref="WaterfallStepContext.Result"/>. Persisted state: <c>options</c>, <c>values</c>,
/// <c>instanceId</c>, <c>stepIndex</c>.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string PersistedOptions = "options";
    private const string PersistedValues = "values";
    private const string PersistedInstanceId = "instanceId";
    private const string StepIndex = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? actions = null)
        : base(dialogId)
    {
        _steps = actions?.ToList() ?? [];
    }

    public WaterfallDialog AddStep(WaterfallStep step)
    {
        _steps.Add(step ?? throw new ArgumentNullException(nameof(step)));
        return this;
    }

    /// <summary>The id and step count: adding or removing a step changes the version.</summary>
    public override string GetVersion() => $"{Id}:{_steps.Count}";

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is CancellationToken)
        {
            throw new ArgumentException("A CancellationToken was passed as the dialog options.", nameof(options));
        }

        var state = dc.ActiveDialog!.State;
        state[PersistedOptions] = options;
        state[PersistedValues] = new Dictionary<string, object?>(StringComparer.Ordinal);
        state[PersistedInstanceId] = Guid.NewGuid().ToString();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message continues the waterfall with its text; other activities (typing, events) are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var index = dc.ActiveDialog!.State.GetInt(StepIndex);
        return RunStepAsync(dc, index + 1, reason, result, cancellationToken);
    }

    protected virtual Task<DialogTurnResult> OnStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stepContext);
        return _steps[stepContext.Index](stepContext, cancellationToken);
    }

    /// <summary>Runs step <paramref name="index"/>, or ends the dialog with <paramref name="result"/> past the last step.</summary>
    protected async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken);
        }

        var state = dc.ActiveDialog!.State;
        state[StepIndex] = index;
        state.TryGetValue(PersistedOptions, out var options);
        var values = state.GetTyped<Dictionary<string, object?>>(PersistedValues);
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await OnStepAsync(stepContext, cancellationToken);
    }
}
