namespace BotCare.Understanding;

/// <summary>What sentiment remembers of a token for the words after it.</summary>
[Flags]
internal enum TokenTraits
{
    None = 0,

    /// <summary>"!!", "?": a token, but not a word.</summary>
    Punctuation = 1,
    Word = 2,

    /// <summary>"not", "never", "don't".</summary>
    Negation = 4,

    /// <summary>"very", "so", "absolutely".</summary>
    Intensifier = 8,
}
