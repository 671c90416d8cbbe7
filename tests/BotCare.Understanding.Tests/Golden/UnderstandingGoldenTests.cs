using System.Text.Json;
using BotCare.Tests.Golden;

namespace BotCare.Understanding.Tests.Golden;

/// <summary>
/// Pins every output of message understanding (intent and every score, anger, issues, extraction, clauses, the
/// bot's-view retelling) on a fixed corpus, so that work on speed cannot change a single byte of what the bot reads.
/// </summary>
/// <remarks>
/// The corpus is the training and held-out utterances, the messages of the dialog and understanding tests, the
/// inputs of the recognizer spec files, and hand-written cases for money, dates, several issues, anger, negation
/// and products (Golden/understanding-corpus.json). The expected outputs are Golden/understanding-golden.json.
/// When a change is meant to alter outputs, regenerate it with
/// <c>BOTCARE_REGENERATE_GOLDEN=1 dotnet test tests/BotCare.Understanding.Tests</c> and review the diff.
/// The model's scores are compared exactly: they come from the same committed model and the same ML.NET code,
/// on the same kind of machine.
/// </remarks>
public sealed class UnderstandingGoldenTests
{
    [Fact]
    public void EveryOutputOnTheGoldenCorpusIsUnchanged()
    {
        var understander = new MessageUnderstander(ComplaintClassifier.Default);
        var entries = Corpus().Select(text => UnderstandingSnapshot.Of(understander, text)).ToList();
        GoldenFile.Verify("BotCare.Understanding.Tests", Path.Combine("Golden", "understanding-golden.json"), entries);
    }

    private static IEnumerable<string> Corpus()
    {
        var extra = JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "understanding-corpus.json")))
            ?? throw new InvalidDataException("The golden corpus is empty.");
        return TrainingData.Training().Select(u => u.Text)
            .Concat(TrainingData.HeldOut().Select(u => u.Text))
            .Concat(extra)
            .Distinct(StringComparer.Ordinal);
    }
}
