using System.Text;

namespace BotCare.Recognizers.Text;

/// <summary>
/// Folds case and accents one character at a time, so a folded string keeps every index of the original.
/// </summary>
/// <remarks>
/// The build runs with InvariantGlobalization, where <see cref="string.Normalize()"/> does not decompose
/// accented letters; an explicit table for the Latin letters customers actually type is smaller than ICU.
/// </remarks>
internal static class TextNormalizer
{
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    public static char Fold(char c)
    {
        var lower = char.ToLowerInvariant(c);
        if (lower < 'à')
        {
            return lower;
        }

        var index = Accented.IndexOf(lower, StringComparison.Ordinal);
        return index >= 0 ? Plain[index] : lower;
    }

    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = Fold(source[i]);
        }
    });

    /// <summary>"This  Coming", "New Year’s" → "this coming", "new year s": lower-case letter runs, single-spaced.</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(Fold(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ')
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().TrimEnd();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '`';
}
