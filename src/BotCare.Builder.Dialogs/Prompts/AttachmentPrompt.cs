namespace BotCare.Builder.Dialogs;

/// <summary>Asks for a file or photo (e.g. of the damaged product); a message with at least one attachment is an answer.</summary>
public class AttachmentPrompt : Prompt<IList<Attachment>>
{
    public AttachmentPrompt(string dialogId, PromptValidator<IList<Attachment>>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
        => SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<IList<Attachment>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var attachments = turnContext.Activity.Attachments;
        return Task.FromResult(new PromptRecognizerResult<IList<Attachment>>
        {
            Succeeded = attachments is { Count: > 0 },
            Value = attachments is { Count: > 0 } ? attachments : null,
        });
    }
}
