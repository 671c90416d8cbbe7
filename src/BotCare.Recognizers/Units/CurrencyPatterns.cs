using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace BotCare.Recognizers.Units;

/// <summary>Regular expressions built once from <see cref="CurrencyTable"/>, and the lookup back to the table.</summary>
internal static class CurrencyPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static readonly FrozenDictionary<string, CurrencySurface> PrefixLookup = Lookup(CurrencyTable.Prefixes);
    private static readonly FrozenDictionary<string, CurrencySurface> SuffixLookup = Lookup(CurrencyTable.Suffixes);

    /// <summary>A currency written before an amount; not glued to a word or another symbol in front.</summary>
    public static Regex Prefix { get; } = new(@"(?<![\p{L}\p{N}$€£¥₹])(?<unit>" + Alternation(CurrencyTable.Prefixes) + ")", Options);

    /// <summary>A currency written right after an amount: "50 bucks", "20€", "50-dollar", "1,200 USD".</summary>
    public static Regex Suffix { get; } = new(@"\G(?<gap>[ \t\u00A0]|-)?(?<unit>" + Alternation(CurrencyTable.Suffixes) + @")(?![\p{L}\p{N}])", Options);

    public static CurrencySurface PrefixSurface(string matched) => PrefixLookup[Key(matched)];

    public static CurrencySurface SuffixSurface(string matched) => SuffixLookup[Key(matched)];

    private static string Alternation(IEnumerable<CurrencySurface> surfaces)
    {
        var builder = new StringBuilder();
        foreach (var surface in surfaces.OrderByDescending(s => s.Text.Length))
        {
            if (builder.Length > 0)
            {
                builder.Append('|');
            }

            var pattern = Regex.Escape(surface.Text).Replace(@"\ ", @"\s+", StringComparison.Ordinal);
            if (char.IsLetter(surface.Text[^1]))
            {
                pattern += @"(?!\p{L})";
            }

            builder.Append(surface.CaseSensitive ? "(?-i:" + pattern + ")" : pattern);
        }

        return builder.ToString();
    }

    private static FrozenDictionary<string, CurrencySurface> Lookup(IEnumerable<CurrencySurface> surfaces)
    {
        var lookup = new Dictionary<string, CurrencySurface>(StringComparer.Ordinal);
        foreach (var surface in surfaces)
        {
            lookup.TryAdd(Key(surface.Text), surface);
        }

        return lookup.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static string Key(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
