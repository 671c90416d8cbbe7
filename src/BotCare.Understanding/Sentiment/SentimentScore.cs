namespace BotCare.Understanding;

/// <summary>How a message feels.</summary>
/// <param name="Anger">0 (calm) to 1 (furious).</param>
/// <param name="Valence">-1 (very negative) to 1 (very positive).</param>
/// <param name="Signals">What raised or lowered the score: <c>profanity</c>, <c>insult</c>, <c>shouting</c>, <c>exclamations</c>, <c>sarcasm</c>, ...</param>
public sealed record SentimentScore(double Anger, double Valence, IReadOnlyList<string> Signals)
{
    public static SentimentScore Neutral { get; } = new(0, 0, []);

    /// <summary>The band the wording of empathy follows.</summary>
    public AngerLevel Level => Anger switch
    {
        >= 0.7 => AngerLevel.Furious,
        >= 0.4 => AngerLevel.Upset,
        >= 0.15 => AngerLevel.Annoyed,
        _ => AngerLevel.Calm,
    };
}
