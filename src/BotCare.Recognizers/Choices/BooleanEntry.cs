namespace BotCare.Recognizers.Choices;

/// <summary>What a yes/no phrase means; a null <paramref name="Value"/> blocks the phrase ("not sure").</summary>
internal readonly record struct BooleanEntry(bool? Value, double Score);
