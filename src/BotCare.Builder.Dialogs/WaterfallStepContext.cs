namespace BotCare.Builder.Dialogs;

/// <summary>
/// The context a waterfall step runs in: a <see cref="DialogContext"/> over the waterfall's stack, plus the
/// step's index, the previous step's result and the waterfall's persisted <see cref="Values"/>.
/// </summary>
public sealed class WaterfallStepContext : DialogContext
{
    private const string PersistedOptions = "options";

    private readonly WaterfallDialog _waterfall;

    // The waterfall's own entry: once a step has begun a prompt, the prompt is on top of the stack.
    private readonly DialogInstance _instance;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object?> values, int index, DialogReason reason, object? result)
        : base(dc.Dialogs, dc.Context, new DialogState(dc.Stack), dc.Parent)
    {
        _waterfall = waterfall;
        _instance = dc.ActiveDialog!;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    public int Index { get; }

    /// <summary>The options the waterfall began with. After a restart they are plain data: read them with <see cref="GetOptions{T}"/>.</summary>
    public object? Options { get; private set; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's result: a prompt's answer, a child dialog's result, or the message text.</summary>
    public object? Result { get; }

    /// <summary>Values kept across the turns of this waterfall instance.</summary>
    public IDictionary<string, object?> Values { get; }

    /// <summary>The options as <typeparamref name="T"/>, converted once if they came back from storage.</summary>
    public T? GetOptions<T>()
        where T : class
    {
        if (Options is null or T)
        {
            return Options as T;
        }

        var typed = BotJson.Convert<T>(Options);
        Options = typed;
        _instance.State[PersistedOptions] = typed;
        return typed;
    }

    /// <summary>A value from <see cref="Values"/> as <typeparamref name="T"/>, converted once if it came back from storage.</summary>
    public T? GetValue<T>(string key)
    {
        if (!Values.TryGetValue(key, out var value) || value is null)
        {
            return default;
        }

        if (value is T typed)
        {
            return typed;
        }

        var converted = BotJson.Convert<T>(value);
        Values[key] = converted;
        return converted;
    }

    /// <summary>Skips to the next step at once, handing it <paramref name="result"/>. Once per step.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called in step {Index} of '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
