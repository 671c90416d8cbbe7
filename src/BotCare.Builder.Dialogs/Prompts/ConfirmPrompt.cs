using BotCare.Recognizers;

namespace BotCare.Builder.Dialogs;

/// <summary>
/// Asks a yes/no question. Understands casual answers ("yep", "sure thing", "nope", "not really", "no way")
/// and, when the choices were shown numbered, "1" and "2".
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
    }

    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>Kept for SDK parity; recognition is English.</summary>
    public string? DefaultLocale { get; set; }

    public ChoiceFactoryOptions? ChoiceOptions { get; set; }

    /// <summary>The yes and no choices to show; <c>Yes</c> and <c>No</c> when unset.</summary>
    public Tuple<Choice, Choice>? ConfirmChoices { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var prompt = AppendChoices(question, turnContext, YesNoChoices(), options.Style ?? Style, EffectiveChoiceOptions());
        return turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<bool>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var answers = ChoiceRecognizer.RecognizeBoolean(text);
        if (answers.Count > 0 && answers[0].Resolution.GetValueOrDefault("value") is bool answer)
        {
            result.Succeeded = true;
            result.Value = answer;
            return Task.FromResult(result);
        }

        // "1" or "2" means something only if the choices were shown with numbers.
        if (EffectiveChoiceOptions().IncludeNumbers ?? true)
        {
            var choices = YesNoChoices();
            var picked = ChoiceRecognizers.RecognizeChoices(text, choices);
            if (picked.Count > 0)
            {
                result.Succeeded = true;
                result.Value = picked[0].Index == 0;
            }
        }

        return Task.FromResult(result);
    }

    private List<Choice> YesNoChoices()
    {
        var (yes, no) = ConfirmChoices ?? Tuple.Create(new Choice(PromptCultureModels.YesInLanguage), new Choice(PromptCultureModels.NoInLanguage));
        return [yes, no];
    }

    private ChoiceFactoryOptions EffectiveChoiceOptions() => ChoiceOptions ?? PromptCultureModels.EnglishChoiceOptions();
}
