using System.Globalization;
using BotCare.Recognizers.Numbers;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers;

/// <summary>
/// English numbers, ordinals and percentages, in the result shapes of Microsoft Recognizers-Text.
/// </summary>
public static class NumberRecognizer
{
    /// <summary>
    /// Cardinal numbers in digits or words: "1,250.50" → "1250.5", "twenty-five" → "25", "a dozen" → "12",
    /// "1.5 million", "3k", "three quarters" → "0.75", "1/2" → "0.5". Resolution: <c>{"value": "25"}</c>.
    /// </summary>
    /// <remarks>
    /// "one" after a determiner ("this one", "the other one") is a pronoun, not a number; "a" alone and bare
    /// "half" are not numbers. Digit groups of phone numbers, dates and times are returned one by one; use the
    /// phone and date models to read those shapes whole.
    /// </remarks>
    public static IReadOnlyList<ModelResult> RecognizeNumber(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return NumberExtractor.Cardinals(query)
            .Select(span => SpanSelector.ToResult(query, span, "number", Resolution(NumberFormat.Format(span.Value))))
            .ToList();
    }

    /// <summary>
    /// Ordinals: "second" and "2nd" → <c>{"value": "2", "offset": "2", "relativeTo": "start"}</c>;
    /// "last" → <c>{"value": "end", "offset": "0", "relativeTo": "end"}</c>; "second to last", "next to last"
    /// and "penultimate" → <c>{"value": "end-1", "offset": "-1", "relativeTo": "end"}</c>.
    /// </summary>
    /// <remarks>
    /// "last" that tells time ("last week", "last Friday", "the last 3 days") or is a verb ("it didn't last")
    /// is not an ordinal, and neither is the "second" of "wait a second".
    /// </remarks>
    public static IReadOnlyList<ModelResult> RecognizeOrdinal(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return OrdinalExtractor.Find(query)
            .Select(span => SpanSelector.ToResult(query, span, "ordinal", OrdinalResolution(span.Value)))
            .ToList();
    }

    /// <summary>
    /// Percentages: "25%", "25 %", "25 percent", "twelve point five per cent" → <c>{"value": "25%"}</c>.
    /// A number without a percent sign or word ("half", "50") is not a percentage.
    /// </summary>
    public static IReadOnlyList<ModelResult> RecognizePercentage(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PercentageExtractor.Find(query)
            .Select(span => SpanSelector.ToResult(query, span, "percentage", Resolution(NumberFormat.Format(span.Value) + "%")))
            .ToList();
    }

    private static Dictionary<string, object?> Resolution(string value) => new(StringComparer.Ordinal) { ["value"] = value };

    private static Dictionary<string, object?> OrdinalResolution(OrdinalValue ordinal)
    {
        var offset = ordinal.Offset.ToString(CultureInfo.InvariantCulture);
        var value = !ordinal.FromEnd ? offset : ordinal.Offset == 0 ? "end" : "end" + offset;
        return new(StringComparer.Ordinal)
        {
            ["value"] = value,
            ["offset"] = offset,
            ["relativeTo"] = ordinal.FromEnd ? "end" : "start",
        };
    }
}
