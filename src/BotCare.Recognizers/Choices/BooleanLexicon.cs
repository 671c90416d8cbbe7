using System.Collections.Frozen;

namespace BotCare.Recognizers.Choices;

/// <summary>
/// English ways of saying yes and no, folded like the tokenizer folds them (lower case, no apostrophes).
/// </summary>
/// <remarks>
/// Scores: 1.0 for the plain words (yes, no, true, false, correct, incorrect), 0.9 for casual and phrasal
/// forms, 0.8 for hedged ones ("I guess so", "fine"). Blocked phrases win over the words inside them, so
/// "not sure" and "no problem" answer neither way and "never mind" is not a "never".
/// </remarks>
internal static class BooleanLexicon
{
    private static readonly string[] Plain = ["yes", "true", "correct", "no", "false", "incorrect"];

    private static readonly string[] Yes =
    [
        "yeah", "yea", "yeh", "yep", "yup", "ya", "yah", "yas", "yess", "yessir", "y", "sure", "sure thing", "of course",
        "ofc", "absolutely", "definitely", "certainly", "indeed", "ok", "okay", "okey", "okie", "kk", "alright",
        "all right", "right", "thats right", "that is right", "you are right", "youre right", "thats correct",
        "that is correct", "exactly", "please do", "go ahead", "go for it", "do it", "yes please", "sounds good",
        "that works", "works for me", "agreed", "i agree", "for sure", "totally", "uh huh", "affirmative", "you bet",
        "yes sir", "of course yes", "why not", "👍", "✅", "✔", "☑", "👌",
    ];

    private static readonly string[] HedgedYes =
    [
        "fine", "thats fine", "that is fine", "i think so", "i guess so", "i guess", "i suppose so", "probably",
        "dont mind", "i dont mind", "mhm", "k",
    ];

    private static readonly string[] No =
    [
        "nope", "nah", "naw", "nay", "no way", "no thanks", "no thank you", "nah thanks", "not really", "negative",
        "never", "not at all", "wrong", "thats wrong", "that is wrong", "thats not right", "that is not right",
        "thats not correct", "that is not correct", "that isnt right", "that isnt correct", "thats not ok", "thats incorrect", "not quite", "not exactly", "n",
        "absolutely not", "definitely not", "of course not", "certainly not", "hell no", "i dont think so",
        "dont think so", "i do not think so", "please dont", "dont do it", "do not", "not now", "not yet", "no sir",
        "nope nope", "no no", "not correct", "not right", "👎", "❌", "✖", "🚫",
    ];

    private static readonly string[] HedgedNo = ["dont", "i dont", "i guess not", "probably not", "i dont want to"];

    private static readonly string[] Blocked =
    [
        "not sure", "not so sure", "not really sure", "not too sure", "not entirely sure", "not certain", "unsure", "im not sure", "no idea", "no clue", "dont know", "do not know",
        "dunno", "idk", "i dont know", "i do not know", "i dont care", "no problem", "no worries", "no one", "no longer", "no matter", "never mind", "nevermind",
        "make sure", "be sure", "dont care", "not only", "right now", "right away", "right here", "right there",
        "right after", "right before", "right back", "please help", "dont worry",
    ];

    private static readonly FrozenDictionary<string, BooleanEntry> Phrases = Build();

    /// <summary>Single words with their letter repeats squeezed out, for "yesss", "nooo", "okkk".</summary>
    private static readonly FrozenDictionary<string, BooleanEntry> Squeezed = Phrases
        .Where(p => !p.Key.Contains(' ', StringComparison.Ordinal) && char.IsLetter(p.Key[0]) && p.Value.Value is not null)
        .GroupBy(p => Squeeze(p.Key), StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.MaxBy(p => p.Value.Score).Value, StringComparer.Ordinal);

    public static int LongestPhrase { get; } = Phrases.Keys.Max(k => k.Count(c => c == ' ') + 1);

    public static bool TryGet(string phrase, out BooleanEntry entry) => Phrases.TryGetValue(phrase, out entry);

    public static bool TryGetSqueezed(string word, out BooleanEntry entry) => Squeezed.TryGetValue(Squeeze(word), out entry);

    /// <summary>"yeeesss" → "yes": every run of one repeated letter becomes a single letter.</summary>
    public static string Squeeze(string word)
    {
        var chars = new List<char>(word.Length);
        foreach (var c in word)
        {
            if (chars.Count == 0 || chars[^1] != c)
            {
                chars.Add(c);
            }
        }

        return new string([.. chars]);
    }

    private static FrozenDictionary<string, BooleanEntry> Build()
    {
        var phrases = new Dictionary<string, BooleanEntry>(StringComparer.Ordinal);
        foreach (var word in Plain)
        {
            phrases[word] = new BooleanEntry(word is "yes" or "true" or "correct", 1.0);
        }

        Add(phrases, Yes, true, 0.9);
        Add(phrases, HedgedYes, true, 0.8);
        Add(phrases, No, false, 0.9);
        Add(phrases, HedgedNo, false, 0.8);
        Add(phrases, Blocked, null, 0);
        return phrases.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, BooleanEntry> phrases, string[] words, bool? value, double score)
    {
        foreach (var word in words)
        {
            phrases[word] = new BooleanEntry(value, score);
        }
    }
}
