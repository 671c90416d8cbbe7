using System.Text.RegularExpressions;

namespace BotCare.Cases;

/// <summary>
/// Takes out of free text what most often identifies a person when they type it: e-mail addresses, web addresses,
/// runs of four or more digits (phone, order, card and account numbers, post codes) and the identifiers we know
/// belong to the customer (their name, id, order number). What is left is kept for learning; it is a best effort,
/// which is why retention drops the customer's own descriptions outright and only scrubs the short improvement texts.
/// </summary>
public static partial class PersonalTextScrubber
{
    public const string Removed = "[removed]";

    public static string? Scrub(string? text, IEnumerable<string?> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        if (string.IsNullOrWhiteSpace(text))
        {
            return text;
        }

        var scrubbed = Email().Replace(text, Removed);
        scrubbed = WebAddress().Replace(scrubbed, Removed);
        scrubbed = LongNumber().Replace(scrubbed, Removed);

        // Each word of a name on its own too: "Dana Reyes" may be typed as "Dana".
        var words = known.Where(k => !string.IsNullOrWhiteSpace(k))
            .SelectMany(k => new[] { k!.Trim() }.Concat(k!.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            .Where(w => w.Length >= 2)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(w => w.Length);
        foreach (var word in words)
        {
            scrubbed = Regex.Replace(scrubbed, $@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(word)}(?![\p{{L}}\p{{N}}])", Removed, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        return scrubbed;
    }

    [GeneratedRegex(@"[^\s@]+@[^\s@]+\.[^\s@]+", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex WebAddress();

    [GeneratedRegex(@"\+?(?:\d[\s().-]?){3,}\d", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LongNumber();
}
