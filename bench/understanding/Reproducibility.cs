namespace BotCare.Understanding.Bench;

/// <summary>Retrains from the training data and checks the result predicts exactly like the committed model.</summary>
internal static class Reproducibility
{
    public static int Verify(IReadOnlyList<LabelledUtterance> heldOut)
    {
        var retrained = new ComplaintClassifier(new MemoryStream(ClassifierTrainer.Train(TrainingData.Training())));
        var committed = ComplaintClassifier.Default;
        var differences = heldOut
            .Select(e => (e.Text, Committed: committed.Predict(e.Text), Retrained: retrained.Predict(e.Text)))
            .Where(p => p.Committed[0].Intent != p.Retrained[0].Intent || Math.Abs(p.Committed[0].Score - p.Retrained[0].Score) > 1e-4)
            .ToList();

        foreach (var (text, before, after) in differences.Take(10))
        {
            Console.WriteLine($"differs: \"{text}\": committed {before[0].Intent} {before[0].Score:F4}, retrained {after[0].Intent} {after[0].Score:F4}");
        }

        Console.WriteLine(differences.Count == 0
            ? $"Reproducible: the retrained model predicts all {heldOut.Count} held-out messages exactly like the committed one."
            : $"{differences.Count} of {heldOut.Count} held-out predictions differ.");
        return differences.Count == 0 ? 0 : 1;
    }
}
