using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotCare.Recognizers.Tests;

/// <summary>Compares a model's results with a spec case: Text, TypeName, Start, End and the resolution as JSON.</summary>
/// <remarks>
/// Resolutions are compared as normalized JSON: same keys, same strings and booleans, numbers equal as decimals.
/// A <c>score</c> is compared to two decimals, so the spec pins the scoring rule without pinning float noise.
/// </remarks>
public static class ResultAssert
{
    public static void Matches(SpecCase spec, IReadOnlyList<ModelResult> actual)
    {
        var expectedJson = JsonSerializer.Serialize(spec.Results.Select(r => new { r.Text, r.TypeName, r.Start, r.End, r.Resolution }));
        var actualJson = JsonSerializer.Serialize(actual.Select(r => new { r.Text, r.TypeName, r.Start, r.End, r.Resolution }));
        var message = $"Input: {spec.Input}\nExpected: {expectedJson}\nActual:   {actualJson}";

        Assert.True(spec.Results.Count == actual.Count, message);
        for (var i = 0; i < actual.Count; i++)
        {
            var (expected, result) = (spec.Results[i], actual[i]);
            Assert.True(
                expected.Text == result.Text && expected.TypeName == result.TypeName
                && expected.Start == result.Start && expected.End == result.End
                && Same(expected.Resolution, JsonSerializer.SerializeToNode(result.Resolution), key: null),
                message);
        }
    }

    private static bool Same(JsonNode? expected, JsonNode? actual, string? key) => (expected, actual) switch
    {
        (null, null) => true,
        (JsonObject e, JsonObject a) => e.Count == a.Count && e.All(p => a.ContainsKey(p.Key) && Same(p.Value, a[p.Key], p.Key)),
        (JsonArray e, JsonArray a) => e.Count == a.Count && e.Zip(a).All(pair => Same(pair.First, pair.Second, key)),
        (JsonValue e, JsonValue a) => SameValue(e, a, key),
        _ => false,
    };

    private static bool SameValue(JsonValue expected, JsonValue actual, string? key)
    {
        if (expected.GetValueKind() != actual.GetValueKind())
        {
            return false;
        }

        if (expected.GetValueKind() != JsonValueKind.Number)
        {
            return expected.ToJsonString() == actual.ToJsonString();
        }

        var e = decimal.Parse(expected.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        var a = decimal.Parse(actual.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return key == "score" ? Math.Abs(e - a) < 0.005m : e == a;
    }
}
