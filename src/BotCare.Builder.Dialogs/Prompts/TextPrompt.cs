namespace BotCare.Builder.Dialogs;

/// <summary>Asks for free text; any message with text is an answer.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
        => SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        return Task.FromResult(new PromptRecognizerResult<string>
        {
            Succeeded = text is not null,
            Value = text,

            // Free text matches anything, so it must not shield "agent" or "cancel" from a parent.
            AllowInterruption = true,
        });
    }
}
