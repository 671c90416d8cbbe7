namespace BotCare.Cases;

/// <summary>Picks how to show a group of names or ideas that differ only in how they were written.</summary>
internal static class Spelling
{
    /// <summary>The most frequent text, exactly as written; the first seen among equally frequent ones.</summary>
    public static string MostFrequent(IEnumerable<string> texts) => texts
        .Select((text, order) => (text, order))
        .GroupBy(t => t.text, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(t => t.order))
        .First().Key;
}
