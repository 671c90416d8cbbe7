using System.Collections.Frozen;

namespace BotCare.Understanding;

/// <summary>Words that carry anger or warmth in customer messages, with their weight.</summary>
/// <remarks>
/// Frozen: built once, read for every word of every message. The weighted lists ignore case; the plain sets
/// hold lower-case words and are matched exactly, against lower-cased words.
/// </remarks>
internal static class AngerLexicon
{
    public static readonly FrozenDictionary<string, double> Negative = Build(
        (0.15, ["annoyed", "annoying", "frustrated", "frustrating", "disappointed", "disappointing", "upset", "unhappy", "poor", "bad", "slow", "late", "broken", "wrong", "problem", "issue", "sad", "fed", "tired", "confused", "waiting", "again", "still", "never", "nobody", "ignored", "ignore", "lied", "useless"]),
        (0.3, ["terrible", "awful", "horrible", "worst", "ridiculous", "unacceptable", "appalling", "pathetic", "disgusting", "disgraceful", "outrageous", "shocking", "joke", "nightmare", "scam", "fraud", "rip-off", "ripoff", "garbage", "trash", "junk", "rubbish", "incompetent", "incompetence", "hopeless", "insane", "absurd", "livid", "furious", "angry", "mad", "pissed", "hate", "sick", "fuming", "disgusted", "shameful", "robbed", "stole", "stolen", "cheated", "liars", "lying"]));

    public static readonly FrozenDictionary<string, double> Profanity = Build(
        (0.35, ["damn", "dammit", "crap", "crappy", "hell", "wtf", "bs", "bullshit", "shit", "shitty", "fuck", "fucking", "fucked", "f*ck", "f***", "f**k", "effing", "friggin", "frigging", "bloody", "screw", "screwed", "sucks", "suck", "ffs", "omfg"]));

    public static readonly FrozenDictionary<string, double> Insults = Build(
        (0.45, ["idiot", "idiots", "idiotic", "moron", "morons", "stupid", "clowns", "clown", "losers", "thieves", "crooks", "imbeciles", "dumb", "amateurs", "muppets", "jokers", "donkeys"]));

    /// <summary>Threats to leave, sue or go public: strong signals even when politely worded.</summary>
    public static readonly string[] Threats =
    [
        "lawyer", "sue you", "suing", "legal action", "chargeback", "report you", "better business bureau", "bbb", "trading standards",
        "never again", "never buying", "never shop", "leaving a review", "one star", "1 star", "social media", "twitter", "tiktok",
    ];

    /// <summary>Time and effort thrown away: a strong grievance even in calm words ("I took a day off for nothing").</summary>
    public static readonly string[] LostEffort =
    [
        "for nothing", "day off", "time off", "took the day", "waited all day", "waited in all day", "wasted", "waste of time", "hours on the phone", "hours on hold", "third time", "again and again", "every single time",
    ];

    public static readonly FrozenDictionary<string, double> Positive = Build(
        (0.2, ["thanks", "thank", "thx", "ty", "appreciate", "appreciated", "great", "perfect", "excellent", "wonderful", "brilliant", "awesome", "fantastic", "amazing", "lovely", "helpful", "happy", "glad", "pleased", "good", "nice", "fine", "ok", "okay", "cool", "sorted", "resolved", "relieved"]));

    /// <summary>Positive words that are usually sarcastic when the rest of the message is negative.</summary>
    public static readonly FrozenSet<string> SarcasmProne = Set("great", "perfect", "brilliant", "wonderful", "fantastic", "amazing", "awesome", "lovely", "thanks", "excellent", "nice", "good");

    public static readonly FrozenSet<string> Intensifiers = Set(
        "very", "so", "really", "extremely", "absolutely", "totally", "completely", "utterly", "seriously", "incredibly", "super", "beyond", "insanely", "truly", "most", "such");

    public static readonly FrozenSet<string> Negations = Set(
        "not", "no", "never", "isn't", "isnt", "wasn't", "wasnt", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "aren't", "arent", "can't", "cant", "won't", "wont", "hardly", "nothing", "without");

    /// <summary>Uppercase tokens that are not shouting.</summary>
    public static readonly FrozenSet<string> Acronyms = Set("I", "OK", "TV", "USB", "PC", "UK", "US", "USA", "EU", "ID", "PIN", "SMS", "PDF", "DVD", "HDMI", "AM", "PM", "LOL", "ASAP", "ETA", "FAQ", "HD", "UPS", "DHL", "FEDEX", "USPS", "WIFI", "SKU", "EOD");

    /// <summary>Whether a word only says how the customer feels (anger, praise, intensity, swearing).</summary>
    public static bool IsFeelingWord(string word) =>
        (Negative.ContainsKey(word) && !FactWords.Contains(word)) || Profanity.ContainsKey(word) || Insults.ContainsKey(word) || Positive.ContainsKey(word) || Intensifiers.Contains(word)
        || word is "kidding" or "joking" or "unbelievable" or "seriously" or "wow" or "omg" or "ugh";

    /// <summary>Negative words that state a fact about the problem ("broken", "late"), not only a feeling.</summary>
    private static readonly FrozenSet<string> FactWords = Set(
        "broken", "wrong", "late", "slow", "problem", "issue", "never", "nobody", "ignored", "ignore", "lied", "lying", "waiting", "again", "still", "robbed", "stole", "stolen", "cheated", "scam", "fraud", "rip-off", "ripoff", "liars");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, double> Build(params (double Weight, string[] Words)[] groups)
    {
        var lexicon = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var (weight, words) in groups)
        {
            foreach (var word in words)
            {
                lexicon[word] = weight;
            }
        }

        return lexicon.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
