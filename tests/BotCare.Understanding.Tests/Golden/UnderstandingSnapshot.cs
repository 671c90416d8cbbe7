using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BotCare.Understanding.Tests.Golden;

/// <summary>
/// Everything the understanding gives for one message, as one line of canonical JSON: fixed property order,
/// numbers exactly as computed (doubles round-trip, decimals with their scale), enums by name.
/// </summary>
internal static class UnderstandingSnapshot
{
    /// <summary>A Monday morning, the reference the dialog tests use.</summary>
    public static readonly DateTime Monday = new(2026, 11, 23, 10, 0, 0);

    /// <summary>A Saturday night at a month's end, so relative dates cross a week, a month and a weekend.</summary>
    public static readonly DateTime MonthEnd = new(2026, 2, 28, 23, 30, 0);

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Of(MessageUnderstander understander, string text)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            Part(json, "understanding", () =>
            {
                var understanding = understander.Understand(text, Monday);
                json.WriteStartObject();
                Intent(json, understanding.Intent);
                Sentiment(json, understanding.Sentiment);
                Part(json, "issues", () => Issues(json, understanding.Issues));
                Part(json, "extraction", () => Extraction(json, understanding.Extraction));
                Part(json, "datesAtMonthEnd", () => Dates(json, ComplaintExtractor.Extract(text, MonthEnd, understanding.Intent).Dates));
                json.WriteEndObject();
            });
            Part(json, "clauses", () => Strings(json, IssueSplitter.Clauses(text)));
            Part(json, "botsView", () => json.WriteStringValue(PerspectiveShifter.ToBotsView(text)));
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>
    /// Writes a part, or the type of the exception it throws: throwing is behaviour too. Each part computes its
    /// value before writing anything, so a throw leaves the JSON well formed.
    /// </summary>
    private static void Part(Utf8JsonWriter json, string name, Action write)
    {
        json.WritePropertyName(name);
        try
        {
            write();
        }
        catch (Exception e)
        {
            json.WriteStringValue("throws " + e.GetType().Name);
        }
    }

    private static void Intent(Utf8JsonWriter json, IntentPrediction intent)
    {
        json.WriteStartObject("intent");
        json.WriteString("intent", intent.Intent.ToString());
        json.WriteNumber("confidence", intent.Confidence);
        json.WriteBoolean("byRule", intent.ByRule);
        json.WriteStartArray("ranked");
        foreach (var score in intent.Ranked)
        {
            json.WriteStartArray();
            json.WriteStringValue(score.Intent.ToString());
            json.WriteNumberValue(score.Score);
            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void Sentiment(Utf8JsonWriter json, SentimentScore sentiment)
    {
        json.WriteStartObject("sentiment");
        json.WriteNumber("anger", sentiment.Anger);
        json.WriteNumber("valence", sentiment.Valence);
        json.WriteString("level", sentiment.Level.ToString());
        json.WritePropertyName("signals");
        Strings(json, sentiment.Signals);
        json.WriteEndObject();
    }

    private static void Issues(Utf8JsonWriter json, IReadOnlyList<StoryIssue> issues)
    {
        json.WriteStartArray();
        foreach (var issue in issues)
        {
            json.WriteStartObject();
            json.WriteString("text", issue.Text);
            json.WriteString("category", issue.Category.ToString());
            json.WriteNumber("confidence", issue.Confidence);
            json.WriteString("botsView", PerspectiveShifter.ToBotsView(issue.Text));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Extraction(Utf8JsonWriter json, BotCare.Understanding.Extraction extraction)
    {
        json.WriteStartObject();
        json.WritePropertyName("orderNumbers");
        Strings(json, extraction.OrderNumbers);
        json.WritePropertyName("products");
        Strings(json, extraction.Products);
        json.WriteStartArray("amounts");
        foreach (var amount in extraction.Amounts)
        {
            json.WriteStartObject();
            json.WriteString("text", amount.Text);
            json.WriteNumber("amount", amount.Amount);
            json.WriteString("currency", amount.Currency);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WritePropertyName("dates");
        Dates(json, extraction.Dates);
        json.WritePropertyName("claims");
        Strings(json, extraction.Claims.Select(c => c.ToString()));
        json.WritePropertyName("remedy");
        if (extraction.Remedy is { } remedy)
        {
            json.WriteStartObject();
            json.WriteString("kind", remedy.Kind.ToString());
            OptionalNumber(json, "amount", remedy.Amount);
            json.WriteString("currency", remedy.Currency);
            OptionalNumber(json, "shareOfOrder", remedy.ShareOfOrder);
            json.WriteBoolean("isExplicit", remedy.IsExplicit);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNullValue();
        }

        json.WriteEndObject();
    }

    private static void Dates(Utf8JsonWriter json, IReadOnlyList<DateMention> dates)
    {
        json.WriteStartArray();
        foreach (var date in dates)
        {
            json.WriteStartObject();
            json.WriteString("text", date.Text);
            json.WriteString("value", date.Value);
            json.WriteString("timex", date.Timex);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void OptionalNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray();
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
