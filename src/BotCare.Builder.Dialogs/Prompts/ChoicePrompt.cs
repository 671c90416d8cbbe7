namespace BotCare.Builder.Dialogs;

/// <summary>
/// Asks the user to pick one of <see cref="PromptOptions.Choices"/>, rendered as the channel supports them. An
/// answer matches by value or synonym (typos tolerated), or by position ("the second one", "2").
/// </summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Kept for SDK parity; recognition is English.</summary>
    public string? DefaultLocale { get; set; }

    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    public FindChoicesOptions? RecognizerOptions { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var choiceOptions = ChoiceOptions ?? PromptCultureModels.EnglishChoiceOptions();
        var prompt = AppendChoices(question, turnContext, options.Choices ?? [], options.Style ?? Style, choiceOptions);
        return turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var result = new PromptRecognizerResult<FoundChoice>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var found = ChoiceRecognizers.RecognizeChoices(text, options.Choices ?? [], RecognizerOptions);
        if (found.Count > 0)
        {
            result.Succeeded = true;
            result.Value = found[0];
        }

        return Task.FromResult(result);
    }
}
