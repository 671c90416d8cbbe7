using System.Text.RegularExpressions;
using BotCare.Recognizers.Numbers;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Units;

/// <summary>
/// Pairs each amount with a currency written next to it: "$50", "50 bucks", "€20", "USD 1,200", "30 cents",
/// "5 dollars and 50 cents". An amount without a currency, or a currency without an amount, is not money.
/// </summary>
internal static partial class CurrencyExtractor
{
    public static List<TextSpan<Money>> Find(string text)
    {
        var numbers = SpanSelector.Longest(NumberExtractor.Cardinals(text).Concat(EuropeanAmounts.Find(text)));
        var byStart = numbers.ToDictionary(n => n.Start);
        var candidates = new List<TextSpan<Money>>();

        foreach (Match prefix in CurrencyPatterns.Prefix.Matches(text))
        {
            if (AmountAfter(text, prefix, byStart) is { } money)
            {
                candidates.Add(money);
            }
        }

        foreach (var number in numbers)
        {
            if (SuffixAt(text, number.End) is { } suffix && !IsWeight(text, number.Start, suffix.Surface))
            {
                var money = new Money(number.Value * suffix.Surface.Factor, suffix.Surface.Unit, suffix.Surface.IsMinor);
                candidates.Add(new TextSpan<Money>(number.Start, suffix.End, money));
            }
        }

        for (var i = 0; i < candidates.Count; i++)
        {
            candidates[i] = WithMinorTail(text, candidates[i], byStart);
        }

        return SpanSelector.Longest(candidates);
    }

    private static TextSpan<Money>? AmountAfter(string text, Match prefix, Dictionary<int, TextSpan<decimal>> byStart)
    {
        var position = prefix.Index + prefix.Length;
        if (position < text.Length && text[position] is ' ' or '\u00A0')
        {
            position++;
        }

        if (!byStart.TryGetValue(position, out var number) || number.Value < 0)
        {
            return null;
        }

        var amount = number.Value;
        var end = number.End;
        if (MillionsSuffix().Match(text, end) is { Success: true } millions && amount < 1_000_000_000_000m)
        {
            amount *= millions.Value.StartsWith('b') || millions.Value.StartsWith('B') ? 1_000_000_000m : 1_000_000m;
            end += millions.Length;
        }

        var unit = CurrencyPatterns.PrefixSurface(prefix.Groups["unit"].Value).Unit;
        if (SuffixAt(text, end) is { Surface.IsMinor: false } restated)
        {
            // "$30 CAD": the written-out code is the more specific of the two.
            unit = restated.Surface.Unit;
            end = restated.End;
        }

        return new TextSpan<Money>(prefix.Index, end, new Money(amount, unit, false));
    }

    private static (CurrencySurface Surface, int End)? SuffixAt(string text, int position)
    {
        var match = CurrencyPatterns.Suffix.Match(text, position);
        if (!match.Success)
        {
            return null;
        }

        var surface = CurrencyPatterns.SuffixSurface(match.Groups["unit"].Value);
        return surface.GluedOnly && match.Groups["gap"].Success ? null : (surface, match.Index + match.Length);
    }

    /// <summary>"5 dollars and 50 cents", "£5, 20p": the minor amount joins the major one.</summary>
    private static TextSpan<Money> WithMinorTail(string text, TextSpan<Money> major, Dictionary<int, TextSpan<decimal>> byStart)
    {
        var link = MinorLink().Match(text, major.End);
        if (major.Value.IsMinor || !link.Success || !byStart.TryGetValue(link.Index + link.Length, out var minor)
            || minor.Value is < 1 or >= 100 || decimal.Truncate(minor.Value) != minor.Value)
        {
            return major;
        }

        var suffix = SuffixAt(text, minor.End);
        return suffix is { Surface.IsMinor: true } tail
            ? new TextSpan<Money>(major.Start, tail.End, major.Value with { Amount = major.Value.Amount + (minor.Value * tail.Surface.Factor) })
            : major;
    }

    /// <summary>"it weighs 5 pounds" is not money.</summary>
    private static bool IsWeight(string text, int numberStart, CurrencySurface surface)
    {
        if (surface.Unit != CurrencyTable.Pound || !surface.Text.StartsWith("pound", StringComparison.Ordinal))
        {
            return false;
        }

        // Only the words right before the amount: "it weighs 2 pounds and cost 20 pounds" is one weight, one price.
        var lastWords = text[..numberStart].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).TakeLast(3);
        return lastWords.Any(w => w.StartsWith("weigh", StringComparison.OrdinalIgnoreCase) || w.StartsWith("heav", StringComparison.OrdinalIgnoreCase));
    }

    [GeneratedRegex(@"\G(?:m|M|mm|MM|bn|BN)(?!\p{L})", RegexOptions.CultureInvariant)]
    private static partial Regex MillionsSuffix();

    [GeneratedRegex(@"\G(?:[ \t]*,)?[ \t]+(?:and[ \t]+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinorLink();
}
