using BotCare.Recognizers.Choices;
using BotCare.Recognizers.Text;

namespace BotCare.Recognizers;

/// <summary>Yes/no answers, in the result shape of Microsoft Recognizers-Text's boolean model.</summary>
public static class ChoiceRecognizer
{
    /// <summary>
    /// Yes and no in plain, casual and emoji forms: "yep thats right", "nope", "of course", "no way", 👍.
    /// Resolution: <c>{"value": true, "score": 0.9}</c> (a <see cref="bool"/> and a <see cref="double"/>).
    /// </summary>
    /// <remarks>
    /// Each phrase is one result, so "yes and no" and "no, that's right" return two, in order: a prompt
    /// takes the first. Negation turns a yes into a no ("not ok", "that's not right", "I don't think so")
    /// or blocks it ("not sure", "no problem", "never mind" answer neither way). Scores are 1.0 for the
    /// plain words, 0.9 for casual forms and 0.8 for hedges ("I guess so", "fine").
    /// </remarks>
    public static IReadOnlyList<ModelResult> RecognizeBoolean(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return BooleanExtractor.Find(query)
            .Select(span => SpanSelector.ToResult(query, span, "boolean", new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["value"] = span.Value.Value,
                ["score"] = span.Value.Score,
            }))
            .ToList();
    }
}
