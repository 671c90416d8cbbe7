namespace BotCare.Builder.Dialogs;

/// <summary>
/// The result of a prompt that ran out of <see cref="PromptOptions.MaxAttempts"/>: check for it with
/// <c>stepContext.Result is TooManyAttemptsResult</c> and escalate.
/// </summary>
/// <param name="PromptId">The prompt that gave up.</param>
/// <param name="Attempts">How many answers the user gave.</param>
/// <param name="LastInput">The last answer, as typed.</param>
public sealed record TooManyAttemptsResult(string PromptId, int Attempts, string? LastInput);
