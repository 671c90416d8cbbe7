namespace BotCare.Builder.Dialogs;

/// <summary>What a prompt asks and how; persisted with the prompt, so keep it plain data.</summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>Sent instead of <see cref="Prompt"/> after an answer that was not understood or not valid.</summary>
    public Activity? RetryPrompt { get; set; }

    public IList<Choice>? Choices { get; set; }

    /// <summary>Overrides the prompt's own list style for this question.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Free-form data for a validator (e.g. a minimum amount).</summary>
    public object? Validations { get; set; }

    public string? RecognizeLanguage { get; set; }

    /// <summary>
    /// How many answers the user gets. When the last one is still not valid, the prompt ends with a
    /// <see cref="TooManyAttemptsResult"/> instead of asking again, so the caller can hand over to a person
    /// rather than loop. Unset means ask until answered, as in the SDK.
    /// </summary>
    public int? MaxAttempts { get; set; }
}
