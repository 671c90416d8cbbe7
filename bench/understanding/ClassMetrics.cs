namespace BotCare.Understanding.Bench;

/// <summary>Precision, recall and F1 of one class, from predictions against gold labels.</summary>
internal sealed record ClassMetrics(string Label, int Support, double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static IReadOnlyList<ClassMetrics> Compute(IReadOnlyList<(string Gold, string Predicted)> pairs) =>
        pairs.Select(p => p.Gold).Distinct().Order(StringComparer.Ordinal).Select(label =>
        {
            var truePositives = pairs.Count(p => p.Gold == label && p.Predicted == label);
            var predicted = pairs.Count(p => p.Predicted == label);
            var actual = pairs.Count(p => p.Gold == label);
            return new ClassMetrics(label, actual, predicted == 0 ? 0 : (double)truePositives / predicted, actual == 0 ? 0 : (double)truePositives / actual);
        }).ToList();
}
