namespace BotCare.Understanding.Tests.Sentiment;

public sealed class SentimentAnalyzerTests
{
    private static double Anger(string text) => SentimentAnalyzer.Analyze(text).Anger;

    [Theory]
    [InlineData("hi, my order hasn't arrived yet, could you check?", AngerLevel.Calm)]
    [InlineData("the headphones stopped charging after 2 days. really disappointed", AngerLevel.Annoyed)]
    [InlineData("This is ridiculous. Third time I'm writing and still nothing!!", AngerLevel.Upset)]
    [InlineData("you useless idiots, this is the WORST service I have EVER had!!!", AngerLevel.Furious)]
    public void ScoresCalmAnnoyedUpsetAndFurious(string text, AngerLevel expected)
    {
        Assert.Equal(expected, SentimentAnalyzer.Analyze(text).Level);
    }

    [Fact]
    public void AnIntensifierMakesItWorse()
    {
        Assert.True(Anger("this is really terrible") > Anger("this is terrible"));
    }

    [Fact]
    public void NegationTurnsComplaintsAroundAndPraiseIntoComplaint()
    {
        Assert.True(Anger("not bad actually") < Anger("bad actually"));
        Assert.True(Anger("I'm not happy with this") > Anger("I'm happy with this"));
        Assert.Contains("negation", SentimentAnalyzer.Analyze("I'm not happy with this").Signals);
    }

    [Fact]
    public void CapitalsAndRepeatedPunctuationAreShouting()
    {
        var calm = Anger("where is my order");
        var shouting = SentimentAnalyzer.Analyze("WHERE IS MY ORDER");
        Assert.True(shouting.Anger > calm);
        Assert.Contains("shouting", shouting.Signals);
        Assert.True(Anger("where is my order???!!") > calm);
        Assert.True(Anger("my USB cable from UPS is fine") < 0.15, "Acronyms are not shouting.");
    }

    [Fact]
    public void ProfanityAndInsultsRaiseAngerMost()
    {
        var profanity = SentimentAnalyzer.Analyze("this is crap");
        var insult = SentimentAnalyzer.Analyze("you are idiots");
        Assert.Contains("profanity", profanity.Signals);
        Assert.Contains("insult", insult.Signals);
        Assert.True(insult.Anger > profanity.Anger);
        Assert.True(profanity.Anger > Anger("this is disappointing"));
    }

    [Fact]
    public void PraiseInAnAngryMessageIsSarcasm()
    {
        var sarcastic = SentimentAnalyzer.Analyze("great job guys, really. three weeks for a parcel, what a joke");
        Assert.Contains("sarcasm", sarcastic.Signals);
        Assert.True(sarcastic.Anger >= 0.4, $"Sarcasm scored {sarcastic.Anger}.");
        Assert.True(sarcastic.Valence < 0);
    }

    [Fact]
    public void ThanksAndWarmWordsAreCalm()
    {
        var thanks = SentimentAnalyzer.Analyze("perfect, thank you so much, really appreciate it");
        Assert.True(thanks.Anger < 0.05);
        Assert.True(thanks.Valence > 0.5);
    }

    [Fact]
    public void ThreatsToLeaveOrSueCountEvenWhenPolite()
    {
        var threat = SentimentAnalyzer.Analyze("If this is not fixed I will contact my lawyer and leave a one star review.");
        Assert.Contains("threat", threat.Signals);
        Assert.True(threat.Anger >= 0.4);
    }
}
