namespace BotCare.Understanding.Tests.Sentiment;

public sealed class SentimentTrackerTests
{
    [Theory]
    [InlineData(new[] { 0.5 }, SentimentTrend.Steady)]
    [InlineData(new[] { 0.4, 0.45, 0.4 }, SentimentTrend.Steady)]
    [InlineData(new[] { 0.2, 0.3, 0.75 }, SentimentTrend.Rising)]
    [InlineData(new[] { 0.8, 0.7, 0.3 }, SentimentTrend.Calming)]
    [InlineData(new[] { 0.0, 0.3 }, SentimentTrend.Steady)]
    public void ComparesTheLatestMessageWithTheFewBefore(double[] history, SentimentTrend expected)
    {
        Assert.Equal(expected, SentimentTracker.Trend(history));
    }

    [Fact]
    public void AConversationThatGetsAngrierIsRising()
    {
        var messages = new[]
        {
            "hi, my blender arrived with a cracked jug",
            "ok but how long will that take",
            "are you KIDDING me?? this is ridiculous, I want it fixed NOW!!",
        };
        var history = messages.Select(m => SentimentAnalyzer.Analyze(m).Anger).ToList();
        Assert.Equal(SentimentTrend.Rising, SentimentTracker.Trend(history));
    }
}
