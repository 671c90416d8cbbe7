namespace BotCare.Understanding;

/// <summary>The intent of a message, how sure the classifier is, and every intent ranked.</summary>
/// <param name="Intent">The most likely intent.</param>
/// <param name="Confidence">Its probability, 0 to 1 (1 when an explicit-ask rule decided).</param>
/// <param name="Ranked">All intents, most likely first.</param>
/// <param name="ByRule">Whether an explicit-ask rule decided rather than the model.</param>
public sealed record IntentPrediction(Intent Intent, double Confidence, IReadOnlyList<IntentScore> Ranked, bool ByRule = false)
{
    /// <summary>The probability of <paramref name="intent"/>.</summary>
    public double ScoreOf(Intent intent) => Ranked.FirstOrDefault(r => r.Intent == intent)?.Score ?? 0;

    /// <summary>The most likely intent among those that describe a problem.</summary>
    public IntentScore? BestProblem => Ranked.FirstOrDefault(r => r.Intent.IsProblem());
}
