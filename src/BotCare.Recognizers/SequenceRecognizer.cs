using BotCare.Recognizers.Sequences;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers;

/// <summary>E-mail addresses and phone numbers, in the result shapes of Microsoft Recognizers-Text.</summary>
public static class SequenceRecognizer
{
    /// <summary>
    /// E-mail addresses: <c>{"value": "jane.doe@example.co.uk"}</c>, as written, without trailing punctuation.
    /// </summary>
    public static IReadOnlyList<ModelResult> RecognizeEmail(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return EmailPattern.Email().Matches(query)
            .Select(m => new ModelResult(m.Value, m.Index, m.Index + m.Length - 1, "email",
                new Dictionary<string, object?>(StringComparer.Ordinal) { ["value"] = m.Value }))
            .ToList();
    }

    /// <summary>
    /// Phone numbers: "(555) 123-4567", "555-123-4567", "+44 20 7946 0958" →
    /// <c>{"value": "(555) 123-4567", "score": 0.9}</c> with the number as written.
    /// </summary>
    /// <remarks>
    /// Order numbers, dates, times and prices are not phone numbers; national numbers need separators between
    /// their digit groups. Scores: 1.0 with an international "+" prefix, 0.9 North American, 0.8 UK national.
    /// </remarks>
    public static IReadOnlyList<ModelResult> RecognizePhoneNumber(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return PhoneExtractor.Find(query)
            .Select(span => SpanSelector.ToResult(query, span, "phonenumber", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["value"] = query[span.Start..span.End],
                ["score"] = span.Value,
            }))
            .ToList();
    }
}
