using System.Collections.Concurrent;
using System.Text.Json;

namespace BotCare.Recognizers.Tests;

/// <summary>Loads <c>Specs/English/&lt;Model&gt;.json</c> from the test output and turns each case into a theory row.</summary>
public static class SpecFiles
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<SpecCase>> Cache = new(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Json = new() { ReadCommentHandling = JsonCommentHandling.Skip };

    public static IReadOnlyList<SpecCase> Load(string model) => Cache.GetOrAdd(model, static name =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Specs", "English", name + ".json");
        return JsonSerializer.Deserialize<List<SpecCase>>(File.ReadAllText(path), Json)
            ?? throw new InvalidDataException($"{path} holds no cases.");
    });

    /// <summary>One row per case: its index (to find it again) and its input (so the test name shows it).</summary>
    public static IEnumerable<TheoryDataRow<int, string>> Cases(string model) =>
        Load(model).Select((c, index) => new TheoryDataRow<int, string>(index, c.Input));
}
