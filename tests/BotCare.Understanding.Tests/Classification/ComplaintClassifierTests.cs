namespace BotCare.Understanding.Tests.Classification;

public sealed class ComplaintClassifierTests
{
    private static readonly ComplaintClassifier Classifier = ComplaintClassifier.Default;

    [Fact]
    public void TheCommittedModelWasTrainedOnTheCurrentTrainingData()
    {
        var info = ComplaintClassifier.EmbeddedModelInfo();
        Assert.True(
            info.TrainingDataSha256 == TrainingData.Fingerprint(TrainingData.ReadTrainingText()),
            "Training/utterances.tsv changed since the model was trained: run `dotnet run -c Release --project bench/understanding -- train`.");
        Assert.Equal(TrainingData.Training().Count, info.Examples);
    }

    [Fact]
    public void TheHeldOutSplitIsNeverPartOfTraining()
    {
        var training = TrainingData.Training().Select(u => u.Text.ToLowerInvariant()).ToHashSet();
        var heldOut = TrainingData.HeldOut();
        Assert.True(heldOut.Count >= 420, $"Only {heldOut.Count} held-out messages.");
        Assert.DoesNotContain(heldOut, u => training.Contains(u.Text.ToLowerInvariant()));
    }

    [Fact]
    public void MacroF1OnTheHeldOutSplitIsAtLeast085()
    {
        var heldOut = TrainingData.HeldOut();
        var predicted = heldOut.Select(u => (Gold: u.Label, Predicted: Classifier.Classify(u.Text).Intent.ToLabel())).ToList();
        var f1 = IntentLabels.All.Select(label =>
        {
            var tp = predicted.Count(p => p.Gold == label && p.Predicted == label);
            var precision = tp / (double)Math.Max(1, predicted.Count(p => p.Predicted == label));
            var recall = tp / (double)Math.Max(1, predicted.Count(p => p.Gold == label));
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }).Average();

        Assert.True(f1 >= 0.85, $"Held-out macro-F1 is {f1:F3}.");
    }

    [Theory]
    [InlineData("the headphones i ordered last week stopped charging after 2 days. really disappointed", Intent.ProductProblem)]
    [InlineData("Your technician never showed up. I took a day off work for NOTHING.", Intent.ServiceProblem)]
    [InlineData("my parcel has been stuck in transit for two weeks", Intent.DeliveryProblem)]
    [InlineData("you charged my card twice for the same order", Intent.BillingProblem)]
    [InlineData("i just want ones that work", Intent.WantsReplacement)]
    [InlineData("I want my money back", Intent.WantsRefund)]
    [InlineData("can you send someone to fix it", Intent.WantsRepair)]
    [InlineData("a voucher would be fair", Intent.WantsDiscountOrCredit)]
    [InlineData("thanks, that's really helpful", Intent.PraiseOrThanks)]
    [InlineData("what time do your stores open", Intent.Other)]
    public void ReadsTypicalMessages(string text, Intent expected)
    {
        Assert.Equal(expected, Classifier.Classify(text).Intent);
    }

    [Theory]
    [InlineData("let me talk to a manager")]
    [InlineData("agent pls")]
    [InlineData("I don't want to talk to a bot")]
    [InlineData("can I speak to a real person?")]
    [InlineData("transfer me to someone who can help")]
    public void AnExplicitAskForAPersonIsNeverMissed(string text)
    {
        var prediction = Classifier.Classify(text);
        Assert.Equal(Intent.WantsHuman, prediction.Intent);
        Assert.True(prediction.ByRule);
    }

    [Theory]
    [InlineData("your agent hung up on me")]
    [InlineData("the manager at your store was rude to me")]
    [InlineData("your agent put me on hold for an hour")]
    public void MentioningStaffIsNotAskingForThem(string text)
    {
        Assert.False(Classifier.Classify(text).ByRule);
    }

    [Theory]
    [InlineData("that's all")]
    [InlineData("no, that's it")]
    [InlineData("nothing else thanks")]
    public void PlainClosingsAreDoneTalking(string text)
    {
        Assert.Equal(Intent.DoneTalking, Classifier.Classify(text).Intent);
    }

    [Fact]
    public void RanksEveryIntentWithProbabilitiesThatSumToOne()
    {
        var ranked = Classifier.Predict("the blender arrived with a cracked jug");
        Assert.Equal(Enum.GetValues<Intent>().Length, ranked.Count);
        Assert.Equal(1.0, ranked.Sum(r => r.Score), 3);
        Assert.True(ranked.Zip(ranked.Skip(1)).All(p => p.First.Score >= p.Second.Score));
    }

    [Fact]
    public void GivesTheSameAnswersFromManyThreadsAtOnce()
    {
        var messages = TrainingData.HeldOut().Take(60).Select(u => u.Text).ToList();
        var expected = messages.Select(m => Classifier.Classify(m).Intent).ToList();
        var results = new Intent[messages.Count * 8];

        Parallel.For(0, results.Length, i => results[i] = Classifier.Classify(messages[i % messages.Count]).Intent);

        Assert.All(Enumerable.Range(0, results.Length), i => Assert.Equal(expected[i % messages.Count], results[i]));
    }
}
