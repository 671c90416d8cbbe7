using System.Buffers;
using System.Text.RegularExpressions;
using BotCare.Recognizers.Numbers;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>Finds amounts of time: a number or an article before a unit word ("two weeks", "a couple of days").</summary>
internal static partial class QuantityFinder
{
    /// <summary>Every unit the pattern reads holds one of these.</summary>
    private static readonly SearchValues<string> Units = TextScreen.Words("sec", "min", "hour", "hr", "day", "week", "wk", "fortnight", "month", "year", "yr");

    public static IEnumerable<Quantity> Find(DateContext context)
    {
        var text = context.Text;
        if (!context.Screen.MayMention(Units))
        {
            yield break;
        }

        // The numbers are read only once a unit is found: most messages name none.
        Dictionary<int, TextSpan<decimal>>? numbersByEnd = null;
        foreach (Match unit in UnitPattern().Matches(text))
        {
            numbersByEnd ??= NumbersByEnd(text);
            var quantity = Before(text, unit.Index, numbersByEnd);
            if (quantity is not { } q || q.Amount <= 0)
            {
                continue;
            }

            var end = unit.Index + unit.Length;
            var amount = q.Amount;
            if (AndAHalf().Match(text, end) is { Success: true } half)
            {
                amount += 0.5m;
                end = half.Index + half.Length;
            }

            yield return new Quantity(q.Start, end, amount, TimeUnit.From(unit.Groups["unit"].Value), q.IsArticle);
        }
    }

    private static Dictionary<int, TextSpan<decimal>> NumbersByEnd(string text)
    {
        var numbersByEnd = new Dictionary<int, TextSpan<decimal>>();
        foreach (var number in NumberExtractor.Cardinals(text))
        {
            numbersByEnd[number.End] = number;
        }

        return numbersByEnd;
    }

    private static (int Start, decimal Amount, bool IsArticle)? Before(string text, int unitStart, Dictionary<int, TextSpan<decimal>> numbersByEnd)
    {
        var end = unitStart;
        while (end > 0 && text[end - 1] is ' ' or '\t' or '-')
        {
            end--;
        }

        if (end == unitStart)
        {
            return null;
        }

        if (numbersByEnd.TryGetValue(end, out var number))
        {
            return (number.Start, number.Value, false);
        }

        // "a couple of days": the number ends before "of".
        var window = TextWindow.StartBefore(text, end, 16);
        if (CoupleOf().Match(text, window, end - window) is { Success: true } couple && numbersByEnd.TryGetValue(couple.Index, out var pair))
        {
            return (pair.Start, pair.Value, false);
        }

        var article = Article().Match(text, window, end - window);
        return article.Success ? (article.Index, article.Groups["half"].Success ? 0.5m : 1m, true) : null;
    }

    [GeneratedRegex(@"\b(?<unit>(?:business|working)\s+days?|seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|fortnights?|months?|years?|yrs?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitPattern();

    [GeneratedRegex(@"\G\s+and\s+a\s+half\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AndAHalf();

    [GeneratedRegex(@"\s+of$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CoupleOf();

    [GeneratedRegex(@"\b(?:(?<half>half)\s+)?an?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Article();
}
