namespace BotCare.Recognizers;

/// <summary>One option of a choice prompt: its value and other words that should select it.</summary>
/// <param name="Value">The value returned when this choice is picked, e.g. "Replacement".</param>
/// <param name="Synonyms">Other phrases for the same choice, e.g. "new one", "swap".</param>
public sealed record ChoiceCandidate(string Value, IReadOnlyList<string>? Synonyms = null);
