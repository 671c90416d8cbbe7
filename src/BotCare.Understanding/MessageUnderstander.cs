namespace BotCare.Understanding;

/// <summary>Reads a customer message: intent, anger, the separate issues in it, and the facts it gives.</summary>
public sealed class MessageUnderstander
{
    private readonly ComplaintClassifier _classifier;
    private readonly IssueSplitter _splitter;

    public MessageUnderstander(ComplaintClassifier classifier)
    {
        _classifier = classifier ?? throw new ArgumentNullException(nameof(classifier));
        _splitter = new IssueSplitter(classifier);
    }

    public MessageUnderstanding Understand(string text, DateTime referenceTime)
    {
        ArgumentNullException.ThrowIfNull(text);
        var intent = _classifier.Classify(text);
        return new MessageUnderstanding(
            text,
            intent,
            SentimentAnalyzer.Analyze(text),
            () => _splitter.Split(text, intent),
            () => ComplaintExtractor.Extract(text, referenceTime, intent));
    }
}
