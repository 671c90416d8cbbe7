using System.Text.Json;
using BotCare.Tests.Golden;

namespace BotCare.Recognizers.Tests.Golden;

/// <summary>
/// Pins the exact output of every recognizer on every spec input and on the customer messages of the
/// understanding corpus. The spec tests allow some slack (scores to two decimals, numbers as values); this
/// test allows none, so that work on speed cannot change a byte of what a recognizer returns.
/// </summary>
/// <remarks>
/// Every input runs through every recognizer, not only the model of its spec file. Expected outputs are
/// Golden/recognizers-golden.json. When a change is meant to alter outputs, regenerate it with
/// <c>BOTCARE_REGENERATE_GOLDEN=1 dotnet test tests/BotCare.Recognizers.Tests</c> and review the diff.
/// </remarks>
public sealed class RecognizerGoldenTests
{
    private static readonly string[] Models =
        ["NumberModel", "OrdinalModel", "PercentModel", "CurrencyModel", "DateTimeModel", "BooleanModel", "ChoiceModel", "EmailModel", "PhoneNumberModel"];

    [Fact]
    public void EveryRecognizerOutputOnTheGoldenCorpusIsUnchanged()
    {
        var specCases = Models.SelectMany(SpecFiles.Load)
            .Select(c => RecognizerSnapshot.Of(
                c.Input,
                c.Context?.ReferenceDateTime ?? RecognizerSnapshot.Monday,
                c.Choices ?? RecognizerSnapshot.RemedyChoices,
                c.Options));
        var messages = CustomerMessages()
            .Select(text => RecognizerSnapshot.Of(text, RecognizerSnapshot.Monday, RecognizerSnapshot.RemedyChoices, null));
        GoldenFile.Verify("BotCare.Recognizers.Tests", Path.Combine("Golden", "recognizers-golden.json"), [.. specCases, .. messages]);
    }

    /// <summary>The training and held-out utterances of the intent model, and the understanding golden corpus.</summary>
    private static IEnumerable<string> CustomerMessages()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Golden", "Corpus");
        var utterances = new[] { "utterances.tsv", "heldout.tsv" }
            .SelectMany(file => File.ReadAllLines(Path.Combine(folder, file)).Skip(1))
            .Where(line => line.Contains('\t', StringComparison.Ordinal))
            .Select(line => line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]);
        var extra = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(folder, "understanding-corpus.json"))) ?? [];
        return utterances.Concat(extra).Distinct(StringComparer.Ordinal);
    }
}
