using System.Text.RegularExpressions;
using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Recognizers;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>
/// Asks the customer to agree to a stated solution (playbook step 12). Like a confirm prompt, with Yes and No
/// shown as the channel allows, but it also understands "fine", "deal", "that works", "not good enough", and
/// a different ask instead of an answer, which goes back to the policy rather than being asked again.
/// </summary>
public sealed partial class AgreementPrompt : Prompt<AgreementAnswer>
{
    private readonly RecoveryServices _services;

    public AgreementPrompt(string dialogId, RecoveryServices services)
        : base(dialogId)
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
        var prompt = AppendChoices(question, turnContext, ChoiceFactory.ToChoices(["Yes", "No"]), ListStyle.SuggestedAction);
        return turnContext.SendActivityAsync(prompt, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<AgreementAnswer>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text ?? string.Empty;
        var result = new PromptRecognizerResult<AgreementAnswer>();
        var lower = text.ToLowerInvariant();
        bool? agreed = Disagree().IsMatch(lower) ? false : Agree().IsMatch(lower) ? true : null;
        if (agreed is null && ChoiceRecognizer.RecognizeBoolean(text) is { Count: > 0 } answers)
        {
            agreed = answers[0].Resolution.GetValueOrDefault("value") as bool?;
        }

        var message = TurnUnderstanding.Of(turnContext, _services);
        var newAsk = agreed is true ? null : message.Extraction.Remedy switch
        {
            { Kind: not RemedyKind.None } ask when ask.IsExplicit || ask.Amount is not null => ask,

            // "Make it $50": an amount alone is a new figure for the remedy on the table.
            _ when message.Extraction.Amounts.Count > 0 => new RemedyAsk(RemedyKind.None, message.Extraction.Amounts[^1].Amount, message.Extraction.Amounts[^1].Currency, IsExplicit: true),
            _ => null,
        };
        if (agreed is not null || newAsk is not null)
        {
            result.Succeeded = true;
            result.Value = new AgreementAnswer(newAsk is null ? agreed : null, newAsk, text);
        }

        return Task.FromResult(result);
    }

    [GeneratedRegex(@"^(?:ok(?:ay)?\s*(?:then)?|fine|deal|sounds (?:good|fair|great)|that works|that'?s fine|that'?s fair|go ahead|do it|please do|perfect|great|alright|all right|i guess|sure)\b")]
    private static partial Regex Agree();

    [GeneratedRegex(@"\b(?:not (?:good )?enough|not acceptable|unacceptable|that'?s not (?:ok|okay|fair|right)|no way|not happy with that|i don'?t accept|i refuse|ridiculous|insulting|a joke)\b")]
    private static partial Regex Disagree();
}
