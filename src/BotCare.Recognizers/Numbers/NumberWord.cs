namespace BotCare.Recognizers.Numbers;

/// <summary>One cardinal or ordinal number word and its value.</summary>
internal readonly record struct NumberWord(NumberWordKind Kind, long Value, bool IsOrdinal);
