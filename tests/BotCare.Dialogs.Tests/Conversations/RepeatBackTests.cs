namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>Playbook step 4: the story repeated back, corrected when wrong, a bounded number of times.</summary>
public sealed class RepeatBackTests
{
    [Fact]
    public async Task ACorrectionIsTakenInAndTheStoryRepeatedBackAgain()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my headphones stopped charging, order 10042")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Let me make sure I have it right: your headphones stopped charging. Is that right?")
            .Send("no")
            .AssertReply("Sorry about that. What did I miss?")
            .Send("the left earcup crackles and then they stopped charging after two days")
            .AssertReply("Thanks for putting me right. So: the left earcup crackles, and they stopped charging after two days. Have I got it now?")
            .Send("yes exactly")
            .AssertReply(reply => Assert.EndsWith("What would make this right for you?", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal("the left earcup crackles, and they stopped charging after two days", Assert.Single(@case.Issues).Description);
        Assert.Equal(2, @case.Steps.Count(s => s.Step == PlaybookStep.RepeatBack));
        CaseAssert.StepsInOrder(@case, PlaybookStep.RepeatBack, PlaybookStep.RepeatBack, PlaybookStep.Thank);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ANoThatSaysWhatIsWrongIsTakenInWithoutAskingWhatWasMissed()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("the blender from order 77120 arrived with a cracked jug")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("that's all")
            .AssertReply("Let me make sure I have it right: the blender from order 77120 arrived with a cracked jug. Is that right?")
            .Send("no, also you charged me twice for it")
            .AssertReply("Thanks for putting me right. So: the blender from order 77120 arrived with a cracked jug; and we charged you twice for it. Have I got it now?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal([IssueCategory.Product, IssueCategory.Billing], @case.Issues.Select(i => i.Category));
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AfterTooManyCorrectionsAPersonTakesOver()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my router from order 33410 keeps dropping the connection")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.StartsWith("Let me make sure I have it right", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Sorry about that. What did I miss?")
            .Send("it drops every evening")
            .AssertReply("Thanks for putting me right. So: your router from order 33410 keeps dropping the connection, and it drops every evening. Have I got it now?")
            .Send("no")
            .AssertReply("Sorry. What should I change?")
            .Send("only when the tv streams")
            .AssertReply("Thank you. So: your router from order 33410 keeps dropping the connection, and it drops every evening, and only when the tv streams. Is that it?")
            .Send("no")
            .AssertReply(reply => Assert.StartsWith("I'm sorry, I'm not getting this right. I'll bring in a colleague.", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        await harness.VerifyAsync();
    }

    [Fact]
    public async Task TwoUnclearAnswersToIsThatRightHandOver()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my sofa from order 20555 has a torn seat")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.StartsWith("Let me make sure I have it right", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("hmm")
            .AssertReply("Sorry, is that right? A yes or no is fine.")
            .Send("whatever")
            .AssertReply(reply => Assert.StartsWith("I'm sorry, I'm not getting this right.", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(EscalationReason.NotUnderstood, Assert.Single(@case.Escalations).Reason);
        await harness.VerifyAsync();
    }
}
