namespace BotCare.Recognizers;

/// <summary>How <see cref="ChoiceMatcher"/> matches an utterance against a list of choices.</summary>
public sealed record ChoiceMatchOptions
{
    public static ChoiceMatchOptions Default { get; } = new();

    /// <summary>When no choice is named, "the second one", "2nd" and "last one" pick a choice by position.</summary>
    public bool RecognizeOrdinals { get; init; } = true;

    /// <summary>When no choice is named, a bare number ("2", "two") picks the choice at that position (1-based).</summary>
    public bool RecognizeNumbers { get; init; } = true;

    /// <summary>
    /// Lets a choice match when only some of its words appear ("credit" for "Store credit"). Off by default, as in
    /// the Bot Framework, because one shared word would otherwise select several choices.
    /// </summary>
    public bool AllowPartialMatches { get; init; }

    /// <summary>Accepts typos within an edit distance that grows with word length ("refnd", "replacment").</summary>
    public bool AllowFuzzyMatches { get; init; } = true;

    /// <summary>How many extra words may sit between two words of a choice ("store gift credit").</summary>
    public int MaxTokenDistance { get; init; } = 2;

    /// <summary>
    /// Matches scoring below this are dropped. 0.5 keeps a typo or a gap of one word, and drops matches that are
    /// both scattered and misspelt.
    /// </summary>
    public double MinScore { get; init; } = 0.5;
}
