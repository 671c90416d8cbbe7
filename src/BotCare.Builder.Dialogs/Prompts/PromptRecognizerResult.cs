namespace BotCare.Builder.Dialogs;

/// <summary>What a prompt made of the user's answer.</summary>
public sealed class PromptRecognizerResult<T>
{
    public bool Succeeded { get; set; }

    public T? Value { get; set; }

    /// <summary>Whether a parent may still treat the answer as an interruption even though it was recognized.</summary>
    public bool AllowInterruption { get; set; }
}
