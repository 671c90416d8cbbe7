namespace BotCare.Understanding;

/// <summary>What the ML.NET pipeline predicts that the classifier reads: a probability per label.</summary>
/// <remarks>
/// The model also outputs its best label as text (PredictedLabel); it is left out on purpose, so that a
/// prediction does not map the key back to a string that <see cref="ComplaintClassifier"/> would not use.
/// </remarks>
internal sealed class ClassifierScores
{
    public float[] Score { get; set; } = [];
}
