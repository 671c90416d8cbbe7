using Microsoft.ML;

namespace BotCare.Understanding;

/// <summary>
/// A prediction engine with its input row and output buffer, reused from one prediction to the next.
/// ML.NET's engine is not thread-safe, so each is used by one caller at a time (see <see cref="ComplaintClassifier"/>).
/// </summary>
internal sealed class PooledPredictor(PredictionEngine<ClassifierRow, ClassifierScores> engine)
{
    private readonly ClassifierRow _row = new();
    private ClassifierScores _scores = new();

    /// <summary>The probability per score slot; valid until the next call.</summary>
    public float[] Scores(string text)
    {
        _row.Text = text;
        engine.Predict(_row, ref _scores);
        return _scores.Score;
    }
}
