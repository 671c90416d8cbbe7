using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BotCare.Recognizers.Tests.Golden;

/// <summary>
/// What every recognizer returns for one input, as one line of canonical JSON: text, positions, type and the
/// resolution exactly as returned (doubles round-trip, keys in the order the recognizer set them). Recognizers
/// that find nothing are left out.
/// </summary>
internal static class RecognizerSnapshot
{
    /// <summary>A Monday morning, the reference the dialog tests use.</summary>
    public static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0);

    /// <summary>The choices of a remedy prompt, for inputs that come without their own.</summary>
    public static readonly IReadOnlyList<ChoiceCandidate> RemedyChoices =
    [
        new("Refund", ["money back"]),
        new("Replacement", ["new one", "swap"]),
        new("Repair"),
        new("Store credit", ["voucher"]),
    ];

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(string input, DateTime reference, IReadOnlyList<ChoiceCandidate> choices, ChoiceMatchOptions? options)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Json.Encoder }))
        {
            json.WriteStartObject();
            json.WriteString("input", input);
            Results(json, "number", () => NumberRecognizer.RecognizeNumber(input));
            Results(json, "ordinal", () => NumberRecognizer.RecognizeOrdinal(input));
            Results(json, "percentage", () => NumberRecognizer.RecognizePercentage(input));
            Results(json, "currency", () => NumberWithUnitRecognizer.RecognizeCurrency(input));
            Results(json, "datetime", () => DateTimeRecognizer.RecognizeDateTime(input, reference));
            Results(json, "boolean", () => ChoiceRecognizer.RecognizeBoolean(input));
            Results(json, "choice", () => ChoiceMatcher.FindChoices(input, choices, options));
            Results(json, "email", () => SequenceRecognizer.RecognizeEmail(input));
            Results(json, "phone", () => SequenceRecognizer.RecognizePhoneNumber(input));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes a recognizer's results, or the type of the exception it throws: throwing is behaviour too.</summary>
    private static void Results(Utf8JsonWriter json, string model, Func<IReadOnlyList<ModelResult>> recognize)
    {
        IReadOnlyList<ModelResult> results;
        try
        {
            results = recognize();
        }
        catch (Exception e)
        {
            json.WriteString(model, "throws " + e.GetType().Name);
            return;
        }

        if (results.Count == 0)
        {
            return;
        }

        json.WriteStartArray(model);
        foreach (var result in results)
        {
            json.WriteStartObject();
            json.WriteString("text", result.Text);
            json.WriteNumber("start", result.Start);
            json.WriteNumber("end", result.End);
            json.WriteString("type", result.TypeName);
            json.WritePropertyName("resolution");
            JsonSerializer.Serialize(json, result.Resolution, Json);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
