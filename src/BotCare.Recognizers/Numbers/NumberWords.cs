using System.Collections.Frozen;

namespace BotCare.Recognizers.Numbers;

/// <summary>English number vocabulary: cardinals, ordinals and fraction denominators.</summary>
internal static class NumberWords
{
    private static readonly FrozenDictionary<string, NumberWord> Words = Build();

    /// <summary>Denominators that read as "one half", "a quarter"; singular needs a numerator of one.</summary>
    private static readonly FrozenDictionary<string, int> SingularDenominators = Denominators(
        ["half", "third", "quarter", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "hundredth"]);

    private static readonly FrozenDictionary<string, int> PluralDenominators = Denominators(
        ["halves", "thirds", "quarters", "fourths", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "hundredths"]);

    public static bool TryGet(string word, out NumberWord value) => Words.TryGetValue(word, out value);

    public static bool IsCardinal(string word) => Words.TryGetValue(word, out var w) && !w.IsOrdinal;

    public static bool IsOrdinal(string word) => Words.TryGetValue(word, out var w) && w.IsOrdinal;

    public static bool TryGetDenominator(string word, bool plural, out int denominator) =>
        (plural ? PluralDenominators : SingularDenominators).TryGetValue(word, out denominator);

    public static bool IsScaleWord(string word) =>
        Words.TryGetValue(word, out var w) && !w.IsOrdinal && w.Kind is NumberWordKind.Hundred or NumberWordKind.Scale;

    /// <summary>The words name 1/2, 1/3, 1/4 (twice: quarter and fourth), 1/5 ... 1/10, then 1/100.</summary>
    private static FrozenDictionary<string, int> Denominators(string[] words)
    {
        int[] values = [2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 100];
        return words.Select((w, i) => KeyValuePair.Create(w, values[i])).ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, NumberWord> Build()
    {
        string[] units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] unitOrdinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] teenOrdinals = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        string[] tensOrdinals = ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];

        var words = new Dictionary<string, NumberWord>(StringComparer.Ordinal)
        {
            ["zero"] = new(NumberWordKind.Zero, 0, false),
            ["hundred"] = new(NumberWordKind.Hundred, 100, false),
            ["hundredth"] = new(NumberWordKind.Hundred, 100, true),
            ["thousand"] = new(NumberWordKind.Scale, 1_000, false),
            ["thousandth"] = new(NumberWordKind.Scale, 1_000, true),
            ["million"] = new(NumberWordKind.Scale, 1_000_000, false),
            ["millionth"] = new(NumberWordKind.Scale, 1_000_000, true),
            ["billion"] = new(NumberWordKind.Scale, 1_000_000_000, false),
            ["trillion"] = new(NumberWordKind.Scale, 1_000_000_000_000, false),
            ["fourty"] = new(NumberWordKind.Tens, 40, false), // and of "forty"
        };

        for (var i = 0; i < units.Length; i++)
        {
            words[units[i]] = new(NumberWordKind.Unit, i + 1, false);
            words[unitOrdinals[i]] = new(NumberWordKind.Unit, i + 1, true);
        }

        for (var i = 0; i < teens.Length; i++)
        {
            words[teens[i]] = new(NumberWordKind.Teen, i + 10, false);
            words[teenOrdinals[i]] = new(NumberWordKind.Teen, i + 10, true);
        }

        for (var i = 0; i < tens.Length; i++)
        {
            words[tens[i]] = new(NumberWordKind.Tens, (i + 2) * 10, false);
            words[tensOrdinals[i]] = new(NumberWordKind.Tens, (i + 2) * 10, true);
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
