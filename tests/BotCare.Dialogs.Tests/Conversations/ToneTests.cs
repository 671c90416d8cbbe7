namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>The playbook's tone: calm under insults, and never the same words twice in a row.</summary>
public sealed class ToneTests
{
    private static string Text(IActivity reply) => ((Activity)reply).Text!;

    [Fact]
    public async Task InsultsGetACalmApologyNotALecture()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("you useless idiots smashed my plates, order 48213. absolute clowns")
            .AssertReply(reply =>
            {
                var text = Text(reply);
                Assert.StartsWith("I'm", text, StringComparison.Ordinal);
                foreach (var lecture in new[] { "language", "respect", "calm down", "polite", "abusive", "rude" })
                {
                    Assert.DoesNotContain(lecture, text, StringComparison.OrdinalIgnoreCase);
                }
            })
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.True(@case.Sentiment.Start >= 0.7, $"Insults scored anger {@case.Sentiment.Start}.");
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task TheSecondApologyAndQuestionAreNotTheFirstOnesAgain()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("the box was crushed when it arrived")
            .AssertReply("I'm sorry about that. Is there anything else that went wrong?")
            .Send("and the blender inside has a cracked jug, it's ridiculous")
            .AssertReply(reply =>
            {
                Assert.StartsWith("I'm sorry, that's frustrating.", Text(reply), StringComparison.Ordinal);
                Assert.EndsWith("Is there anything else I should know?", Text(reply), StringComparison.Ordinal);
            })
            .Send("and the instructions were missing, which is annoying")
            .AssertReply(reply =>
            {
                var text = Text(reply);
                Assert.DoesNotContain("I'm sorry about that. Is there anything else that went wrong?", text, StringComparison.Ordinal);
                Assert.EndsWith("?", text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var messages = await harness.BotMessagesAsync();
        Assert.Equal(messages.Count, messages.Distinct().Count());
        await harness.VerifyAsync();
    }
}
