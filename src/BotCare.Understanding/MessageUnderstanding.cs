namespace BotCare.Understanding;

/// <summary>Everything BotCare reads from one customer message.</summary>
public sealed record MessageUnderstanding(
    string Text,
    IntentPrediction Intent,
    SentimentScore Sentiment,
    IReadOnlyList<StoryIssue> Issues,
    Extraction Extraction);
