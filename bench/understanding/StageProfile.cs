using System.Diagnostics;
using System.Globalization;
using System.Text;
using BotCare.Recognizers;

namespace BotCare.Understanding.Bench;

/// <summary>
/// What each stage of <see cref="MessageUnderstander"/> costs per message on the held-out set: time and bytes
/// allocated, so that speed work goes where the cost is. Run with <c>-- --profile</c>.
/// </summary>
/// <remarks>
/// Each stage runs alone over the whole set, in three rounds of at least half a second; the fastest round counts,
/// since the cores are shared with other work. A stage gets what the understander would hand it (the message's
/// intent, its amounts), worked out beforehand so that only the stage itself is timed. Allocations are those of
/// this thread (<see cref="GC.GetAllocatedBytesForCurrentThread"/>), which runs everything.
/// </remarks>
internal static class StageProfile
{
    private static readonly DateTime Reference = new(2026, 11, 23, 10, 0, 0);

    public static string Run(IReadOnlyList<LabelledUtterance> heldOut)
    {
        var classifier = ComplaintClassifier.Default;
        var understander = new MessageUnderstander(classifier);
        var splitter = new IssueSplitter(classifier);
        var texts = heldOut.Select(e => e.Text).ToList();
        var intents = texts.ToDictionary(t => t, classifier.Classify, StringComparer.Ordinal);
        var amounts = texts.ToDictionary(t => t, t => ComplaintExtractor.Extract(t, Reference, intents[t]).Amounts, StringComparer.Ordinal);
        var clauses = texts.ToDictionary(t => t, IssueSplitter.Clauses, StringComparer.Ordinal);

        (string Name, Action<string> Work)[] stages =
        [
            ("full understanding (all below)", t => _ = (understander.Understand(t, Reference) is var u ? (u.Issues.Count, u.Extraction) : default)),
            ("intent: ML.NET model", t => classifier.Predict(t)),
            ("intent: explicit-ask rules", t => ExplicitIntentRules.Match(t)),
            ("sentiment (anger)", t => SentimentAnalyzer.Analyze(t)),
            ("issues: total", t => splitter.Split(t, intents[t])),
            ("issues: clause splitting", t => IssueSplitter.Clauses(t)),
            ("issues: classifying the clauses", t => ClassifyClauses(classifier, t, clauses[t], intents[t])),
            ("extraction: total", t => ComplaintExtractor.Extract(t, Reference, intents[t])),
            ("extraction: money (currency recognizer)", t => NumberWithUnitRecognizer.RecognizeCurrency(t)),
            ("extraction: dates (datetime recognizer)", t => DateTimeRecognizer.RecognizeDateTime(t, Reference)),
            ("extraction: order numbers", t => ComplaintExtractor.OrderNumbers(t)),
            ("extraction: products (lexicon)", t => ComplaintExtractor.Products(t)),
            ("extraction: claims", t => ComplaintExtractor.Claims(t)),
            ("extraction: remedy (with percentages)", t => ComplaintExtractor.Remedy(t, amounts[t], intents[t])),
            ("perspective shift (retelling, not in the understander)", t => PerspectiveShifter.ToBotsView(t)),
        ];

        // Every stage is part of the full understanding, so warming that up warms them all.
        Warmup.UntilSteady(texts, stages[0].Work);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Per-stage cost, {texts.Count} held-out messages, fastest of 3 rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}:");
        report.AppendLine();
        report.AppendLine("| stage | µs per message | bytes allocated per message |");
        report.AppendLine("|---|---|---|");
        foreach (var (name, work) in stages)
        {
            var (micros, bytes) = Measure(texts, work);
            report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {micros:F1} | {bytes:N0} |");
        }

        return report.ToString();
    }

    /// <summary>The classifier calls <see cref="IssueSplitter.Split(string, IntentPrediction?)"/> makes for a message's clauses.</summary>
    private static void ClassifyClauses(ComplaintClassifier classifier, string text, IReadOnlyList<string> clauses, IntentPrediction intent)
    {
        foreach (var clause in clauses)
        {
            _ = string.Equals(clause, text, StringComparison.Ordinal) ? intent : classifier.Classify(clause);
        }
    }

    private static (double Micros, double Bytes) Measure(List<string> texts, Action<string> work)
    {
        var best = (Micros: double.MaxValue, Bytes: 0.0);
        for (var round = 0; round < 3; round++)
        {
            var count = 0;
            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var stopwatch = Stopwatch.StartNew();
            while (stopwatch.Elapsed < TimeSpan.FromSeconds(0.5))
            {
                foreach (var text in texts)
                {
                    work(text);
                    count++;
                }
            }

            var micros = stopwatch.Elapsed.TotalMicroseconds / count;
            var bytes = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)count;
            if (micros < best.Micros)
            {
                best = (micros, bytes);
            }
        }

        return best;
    }
}
