namespace BotCare.Understanding;

/// <summary>
/// Everything BotCare reads from one customer message. Intent and sentiment are read at once (every turn checks
/// them for interruptions); the separate issues and the extraction are worked out the first time a step asks,
/// since a "yes" to a confirmation needs neither.
/// </summary>
public sealed class MessageUnderstanding
{
    private readonly Lazy<IReadOnlyList<StoryIssue>> _issues;
    private readonly Lazy<Extraction> _extraction;

    public MessageUnderstanding(string text, IntentPrediction intent, SentimentScore sentiment, Func<IReadOnlyList<StoryIssue>> issues, Func<Extraction> extraction)
    {
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Intent = intent ?? throw new ArgumentNullException(nameof(intent));
        Sentiment = sentiment ?? throw new ArgumentNullException(nameof(sentiment));
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(extraction);

        // One turn reads a message, on one thread at a time.
        _issues = new Lazy<IReadOnlyList<StoryIssue>>(issues, LazyThreadSafetyMode.None);
        _extraction = new Lazy<Extraction>(extraction, LazyThreadSafetyMode.None);
    }

    public string Text { get; }

    public IntentPrediction Intent { get; }

    public SentimentScore Sentiment { get; }

    /// <summary>The separate problems told in the message, each with its category.</summary>
    public IReadOnlyList<StoryIssue> Issues => _issues.Value;

    /// <summary>Order numbers, products, amounts, dates and the remedy asked for.</summary>
    public Extraction Extraction => _extraction.Value;
}
