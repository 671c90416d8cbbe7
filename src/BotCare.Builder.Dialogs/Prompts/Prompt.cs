namespace BotCare.Builder.Dialogs;

/// <summary>
/// Asks a question, recognizes the answer, validates it and asks again until it is acceptable (or until
/// <see cref="PromptOptions.MaxAttempts"/> runs out). The rules follow the SDK exactly: the attempt count goes
/// up before the validator runs; a validator alone decides validity; the retry prompt is sent only if nothing
/// else was sent this turn; non-message activities are ignored.
/// Persisted state: <c>options</c> and <c>state</c> (<c>{"AttemptCount": n}</c>).
/// </summary>
public abstract class Prompt<T> : Dialog
{
    public const string AttemptCountKey = "AttemptCount";

    private const string PersistedOptions = "options";
    private const string PersistedState = "state";

    private readonly PromptValidator<T>? _validator;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        ArgumentException.ThrowIfNullOrEmpty(dialogId);
        _validator = validator;
    }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentOutOfRangeException(nameof(options), "Prompts need PromptOptions; begin them with PromptAsync.");
        }

        // A question expects an answer: tell channels that show an input box or listen (speech).
        promptOptions.Prompt?.InputHint ??= InputHints.ExpectingInput;
        promptOptions.RetryPrompt?.InputHint ??= InputHints.ExpectingInput;

        var instanceState = dc.ActiveDialog!.State;
        var state = new Dictionary<string, object?>(StringComparer.Ordinal) { [AttemptCountKey] = 0 };
        instanceState[PersistedOptions] = promptOptions;
        instanceState[PersistedState] = state;
        await OnPromptAsync(dc.Context, state, promptOptions, false, cancellationToken);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (state, options) = ReadState(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        var attempts = state.GetInt(AttemptCountKey) + 1;
        state[AttemptCountKey] = attempts;

        var isValid = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, state, options), cancellationToken);

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken);
        }

        if (options.MaxAttempts is int maxAttempts && attempts >= maxAttempts)
        {
            return await dc.EndDialogAsync(new TooManyAttemptsResult(Id, attempts, dc.Context.Activity.Text), cancellationToken);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state, options, true, cancellationToken);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog pushed on top of the prompt ended: ask the question again rather than ending.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var (state, options) = ReadState(instance);
        return OnPromptAsync(turnContext, state, options, false, cancellationToken);
    }

    /// <summary>Sends the question (or the retry question).</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken);

    /// <summary>Reads the user's answer.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken);

    /// <summary>
    /// A recognized answer is not an interruption: a parent listening for "agent" or "cancel" does not get to
    /// see it, unless the prompt allows it (a text prompt recognizes anything, so it does).
    /// </summary>
    protected override async Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dc);
        ArgumentNullException.ThrowIfNull(e);
        if (e.Name != DialogEvents.ActivityReceived || dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        var (state, options) = ReadState(dc.ActiveDialog!);
        var recognized = await OnRecognizeAsync(dc.Context, state, options, cancellationToken);
        return recognized.Succeeded && !recognized.AllowInterruption;
    }

    /// <summary>Sends <see cref="PromptOptions.RetryPrompt"/> on a retry when there is one, else <see cref="PromptOptions.Prompt"/>.</summary>
    protected static async Task SendPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var prompt = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        if (prompt is not null)
        {
            // Send a copy: sending addresses the activity, and the original is persisted with the prompt.
            await turnContext.SendActivityAsync(prompt.Clone(), cancellationToken);
        }
    }

    /// <summary>
    /// The prompt (or retry prompt) with the choices rendered in <paramref name="style"/>, or a new message
    /// when the options have no prompt.
    /// </summary>
    protected static Activity AppendChoices(Activity? prompt, ITurnContext turnContext, IList<Choice> choices, ListStyle style, ChoiceFactoryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(choices);
        var activity = turnContext.Activity;
        var text = prompt?.Text ?? string.Empty;
        var rendered = style switch
        {
            ListStyle.Inline => ChoiceFactory.Inline(choices, text, null, options),
            ListStyle.List => ChoiceFactory.List(choices, text, null, options),
            ListStyle.SuggestedAction => ChoiceFactory.SuggestedAction(choices, text),
            ListStyle.HeroCard => ChoiceFactory.HeroCard(choices, text),
            ListStyle.None => MessageFactory.Text(text, null, InputHints.ExpectingInput),
            _ => ChoiceFactory.ForChannel(activity.ChannelId, choices, text, null, options, activity.Conversation?.ConversationType),
        };

        if (prompt is null)
        {
            return rendered;
        }

        var result = prompt.Clone();
        result.Text = rendered.Text;
        if (rendered.SuggestedActions is { Actions.Count: > 0 })
        {
            result.SuggestedActions = rendered.SuggestedActions;
        }

        if (rendered.Attachments is { Count: > 0 })
        {
            result.Attachments = [.. result.Attachments ?? [], .. rendered.Attachments];
        }

        return result;
    }

    private static (IDictionary<string, object?> State, PromptOptions Options) ReadState(DialogInstance instance)
    {
        var state = instance.State.GetTyped<Dictionary<string, object?>>(PersistedState);
        var options = instance.State.GetTyped<PromptOptions>(PersistedOptions);
        return (state, options);
    }
}
