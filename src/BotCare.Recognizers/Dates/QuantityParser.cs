using System.Text.RegularExpressions;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>
/// Amounts of time, by what surrounds them: "3 days ago", "in 2 hours", "a week from now", "the past 3 days",
/// "the next 2 weeks", and otherwise durations: "for 3 days", "2 hours", "within a week".
/// </summary>
/// <remarks>
/// Day-sized units give dates and clock units give datetimes ("2 hours ago"). A duration said with an article
/// ("a week") needs a cue in front ("for", "within", "waited"...) so that "once a week" stays unread. "for",
/// "within" and "over" are left out of the matched text; "in" is kept because it changes the meaning. In a past
/// clause "in" measures a span instead ("it broke in one day" is a duration), and ages ("3 years old") are skipped.
/// </remarks>
internal static partial class QuantityParser
{
    public static IEnumerable<TemporalMatch> Parse(DateContext context)
    {
        var text = context.Text;
        foreach (var quantity in QuantityFinder.Find(context))
        {
            var after = Direction().Match(text, quantity.End);
            var window = TextWindow.StartBefore(text, quantity.Start, 24);
            var before = Lead().Match(text, window, quantity.Start - window);
            var lead = before.Success ? before.Groups["lead"].Value.ToLowerInvariant() : string.Empty;
            if (Age().IsMatch(text, quantity.End))
            {
                continue;
            }

            // "it broke in one day", "it was supposed to arrive in 2 days": in a past clause "in" measures a span.
            var inFuture = lead == "in" && !before.Groups["the"].Success && context.TenseAt(quantity.Start, quantity.End) != Tense.Past;
            var match = after.Success
                ? Shifted(context, quantity, quantity.Start, after.Index + after.Length, after.Groups["dir"].Value.ToLowerInvariant())
                : inFuture
                ? Shifted(context, quantity, before.Groups["lead"].Index, quantity.End, "in")
                : lead is "past" or "last" or "next" && !quantity.Unit.IsClock
                ? Rolling(context, quantity, before.Groups["the"].Success ? before.Groups["the"].Index : before.Groups["lead"].Index, lead == "next" ? 1 : -1)
                : !quantity.IsArticle || lead.Length > 0
                ? new TemporalMatch(quantity.Start, quantity.End, TemporalKind.Duration, quantity.Unit.Duration(quantity.Amount)) { Seconds = quantity.Amount * quantity.Unit.Seconds }
                : null;
            if (match is not null)
            {
                yield return match;
            }
        }
    }

    private static TemporalMatch? Shifted(DateContext context, Quantity quantity, int start, int end, string direction)
    {
        var origin = direction.EndsWith("tomorrow", StringComparison.Ordinal) ? context.Reference.AddDays(1) : context.Reference;
        var sign = direction is "ago" or "back" or "earlier" || direction.StartsWith("before", StringComparison.Ordinal) ? -1 : 1;
        if (quantity.Unit.Shift(origin, sign * quantity.Amount) is not { } moment)
        {
            return null;
        }

        return quantity.Unit.IsClock
            ? TemporalMatch.At(start, end, DateOnly.FromDateTime(moment), TimeOnly.FromDateTime(moment), Timex.Exact(moment))
            : TemporalMatch.OnDate(start, end, DateOnly.FromDateTime(moment));
    }

    private static TemporalMatch? Rolling(DateContext context, Quantity quantity, int start, int direction)
    {
        var anchor = direction < 0 ? context.Reference.Date : context.Reference.Date.AddDays(1);
        if (quantity.Unit.Shift(anchor, direction * quantity.Amount) is not { } shifted)
        {
            return null;
        }

        var other = DateOnly.FromDateTime(shifted);
        var anchorDate = DateOnly.FromDateTime(anchor);
        var (first, last) = direction < 0 ? (other, anchorDate) : (anchorDate, other);
        return TemporalMatch.Range(start, quantity.End, first, last, Timex.Span(first, last, quantity.Unit.Duration(quantity.Amount)));
    }

    [GeneratedRegex(@"\G\s+old\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"\G\s+(?<dir>ago|back|earlier|before\s+now|from\s+now|from\s+today|from\s+tomorrow|later|hence)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Direction();

    [GeneratedRegex(@"\b(?:(?<the>the)\s+)?(?<lead>in|within|for|over|after|about|almost|nearly|around|another|past|last|next|waited|waiting|wait|took|takes|taken|spent|than|been|lasted)\s+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
