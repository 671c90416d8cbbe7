namespace BotCare.Builder.Dialogs;

/// <summary>Decides whether a recognized answer is acceptable. It alone decides when present, even over a failed recognition.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
