namespace BotCare.Recognizers.Choices;

/// <summary>A choice found in the utterance: which one, through which of its phrases, where and how well.</summary>
internal sealed record ChoiceHit(int Index, string Synonym, int Start, int End, double Score, int MatchedWords);
