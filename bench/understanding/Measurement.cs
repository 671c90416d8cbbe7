using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace BotCare.Understanding.Bench;

/// <summary>Accuracy, macro-F1 per class and throughput on the held-out split, for the model and the keyword baseline.</summary>
internal static class Measurement
{
    public static string Run(IReadOnlyList<LabelledUtterance> heldOut)
    {
        var classifier = ComplaintClassifier.Default;
        var understander = new MessageUnderstander(classifier);

        // Warm up so throughput measures steady state, not JIT and first-load costs (see Warmup).
        Warmup.UntilSteady(heldOut.Select(e => e.Text).ToList(), t => Full(understander.Understand(t, DateTime.UnixEpoch)));

        var model = heldOut.Select(e => (e.Label, classifier.Classify(e.Text).Intent.ToLabel())).ToList();
        var modelOnly = heldOut.Select(e => (e.Label, classifier.Predict(e.Text)[0].Intent.ToLabel())).ToList();
        var baseline = heldOut.Select(e => (e.Label, KeywordBaseline.Classify(e.Text))).ToList();

        var classifyRate = Throughput(heldOut, t => classifier.Classify(t));
        var understandRate = Throughput(heldOut, t => Full(understander.Understand(t, DateTime.UnixEpoch)));
        var baselineRate = Throughput(heldOut, t => KeywordBaseline.Classify(t));

        var report = new StringBuilder();
        report.AppendLine("# Understanding benchmark");
        report.AppendLine();
        report.AppendLine(CultureInfo.InvariantCulture, $"Measured {DateTime.UtcNow:yyyy-MM-dd} on {Environment.ProcessorCount} cores, .NET {Environment.Version}, {heldOut.Count} held-out messages the training never saw.");
        report.AppendLine("Regenerate with `dotnet run -c Release --project bench/understanding` (writes this file).");
        report.AppendLine();
        report.AppendLine("| | accuracy | macro-F1 | messages per second |");
        report.AppendLine("|---|---|---|---|");
        Row(report, "classifier (rules + ML.NET model)", model, classifyRate);
        Row(report, "ML.NET model alone", modelOnly, null);
        Row(report, "keyword baseline (same run)", baseline, baselineRate);
        report.AppendLine(CultureInfo.InvariantCulture, $"| full understanding (intent, anger, issues, extraction) | | | {understandRate:N0} |");
        report.AppendLine();
        report.AppendLine("Per class, classifier (rules + model):");
        report.AppendLine();
        report.AppendLine("| class | support | precision | recall | F1 |");
        report.AppendLine("|---|---|---|---|---|");
        foreach (var metrics in ClassMetrics.Compute(model))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"| {metrics.Label} | {metrics.Support} | {metrics.Precision:F3} | {metrics.Recall:F3} | {metrics.F1:F3} |");
        }

        return report.ToString();
    }

    private static void Row(StringBuilder report, string name, List<(string Gold, string Predicted)> pairs, double? rate)
    {
        var accuracy = pairs.Count(p => p.Gold == p.Predicted) / (double)pairs.Count;
        var macroF1 = ClassMetrics.Compute(pairs).Average(m => m.F1);
        report.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {accuracy:F3} | {macroF1:F3} | {(rate is null ? string.Empty : rate.Value.ToString("N0", CultureInfo.InvariantCulture))} |");
    }

    /// <summary>Works out every part of the understanding, including those computed only when first asked for.</summary>
    private static void Full(MessageUnderstanding message) => _ = (message.Issues.Count, message.Extraction);

    /// <summary>Messages per second over repeated passes of the held-out set, lasting at least two seconds.</summary>
    private static double Throughput(IReadOnlyList<LabelledUtterance> messages, Action<string> work)
    {
        var count = 0;
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(2))
        {
            foreach (var message in messages)
            {
                work(message.Text);
                count++;
            }
        }

        return count / stopwatch.Elapsed.TotalSeconds;
    }
}
