namespace BotCare.Understanding;

/// <summary>What the ML.NET pipeline predicts: the best label and a probability per label.</summary>
internal sealed class ClassifierScores
{
    public string PredictedLabel { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}
