namespace BotCare.Builder.Dialogs;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to decide with.</summary>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object?> state, PromptOptions options)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    public ITurnContext Context { get; }

    /// <summary>The recognition; a validator may change <see cref="PromptRecognizerResult{T}.Value"/>.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's private persisted state.</summary>
    public IDictionary<string, object?> State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers the user has given, this one included (1 on the first answer).</summary>
    public int AttemptCount => State.GetInt(Prompt<T>.AttemptCountKey);
}
