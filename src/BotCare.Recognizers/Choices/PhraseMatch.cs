namespace BotCare.Recognizers.Choices;

/// <summary>Where a choice phrase was found in the utterance's words, and how well.</summary>
/// <param name="FirstWord">Index of the first matched utterance word.</param>
/// <param name="LastWord">Index of the last matched utterance word.</param>
/// <param name="Score">Completeness × contiguity × spelling similarity, 0..1.</param>
/// <param name="MatchedWords">How many phrase words were found; breaks ties in favour of longer phrases.</param>
internal readonly record struct PhraseMatch(int FirstWord, int LastWord, double Score, int MatchedWords);
