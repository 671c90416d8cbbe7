using System.Buffers;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>Shopping-calendar days customers name: Black Friday, Cyber Monday, Christmas, New Year's Day...</summary>
/// <remarks>
/// US dates for Thanksgiving and its weekend; the year is chosen like any date said without one. A holiday used
/// as an adjective ("Christmas tree", "Halloween costume") is not a date.
/// </remarks>
internal static partial class HolidayParser
{
    /// <summary>Every holiday the pattern reads starts with one of these.</summary>
    private static readonly SearchValues<string> Needed =
        TextScreen.Words("black", "cyber", "thanksgiving", "christmas", "xmas", "boxing", "new", "valentine", "independence", "halloween");

    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        if (!context.Screen.MayMention(Needed))
        {
            yield break;
        }

        foreach (Match match in Pattern().Matches(context.Text))
        {
            var name = TextNormalizer.Words(match.Value);
            var end = match.Index + match.Length;
            var candidates = Enumerable.Range(context.Today.Year - 1, 3).Select(year => On(name, year));
            var date = CalendarMath.Choose(candidates, context.Today, context.TenseAt(match.Index, end));
            yield return TemporalMatch.OnDate(match.Index, end, date);
        }
    }

    private static DateOnly On(string name, int year) => name switch
    {
        _ when name.StartsWith("black friday", StringComparison.Ordinal) => Thanksgiving(year).AddDays(1),
        _ when name.StartsWith("cyber monday", StringComparison.Ordinal) => Thanksgiving(year).AddDays(4),
        _ when name.StartsWith("thanksgiving", StringComparison.Ordinal) => Thanksgiving(year),
        _ when name.StartsWith("christmas eve", StringComparison.Ordinal) => new DateOnly(year, 12, 24),
        _ when name.StartsWith("christmas", StringComparison.Ordinal) || name == "xmas" => new DateOnly(year, 12, 25),
        _ when name.StartsWith("boxing", StringComparison.Ordinal) => new DateOnly(year, 12, 26),
        _ when name.EndsWith("eve", StringComparison.Ordinal) => new DateOnly(year, 12, 31),
        _ when name.StartsWith("new year", StringComparison.Ordinal) => new DateOnly(year, 1, 1),
        _ when name.StartsWith("valentine", StringComparison.Ordinal) => new DateOnly(year, 2, 14),
        _ when name.StartsWith("independence", StringComparison.Ordinal) => new DateOnly(year, 7, 4),
        _ => new DateOnly(year, 10, 31),
    };

    /// <summary>The fourth Thursday of November.</summary>
    private static DateOnly Thanksgiving(int year)
    {
        var first = new DateOnly(year, 11, 1);
        var firstThursday = first.AddDays(((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7);
        return firstThursday.AddDays(21);
    }

    [GeneratedRegex(@"\b(?:black\s+friday|cyber\s+monday|thanksgiving(?:\s+day)?|christmas\s+eve|christmas(?:\s+day)?|xmas|boxing\s+day|new\s+year['’]?s\s+eve|new\s+year['’]?s(?:\s+day)?|valentine['’]?s\s+day|independence\s+day|halloween)\b(?!\s+(?:trees?|gifts?|presents?|cards?|sweaters?|lights|decorations|ornaments?|movies?|songs?|list|costumes?|candy))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
