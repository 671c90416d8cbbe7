namespace BotCare.Recognizers.Numbers;

/// <summary>A number spelled in words: the tokens it spans and what it means.</summary>
internal readonly record struct WordNumber(int FirstToken, int LastToken, decimal Value, bool IsOrdinal);
