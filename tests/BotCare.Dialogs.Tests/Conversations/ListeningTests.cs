namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>Playbook steps 1 to 3: a calm welcome, the whole story across messages, separate issues.</summary>
public sealed class ListeningTests
{
    [Fact]
    public async Task ANewChatGetsOneCalmWelcomeEvenWhenTheChannelReportsItTwice()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .SendConversationUpdate()
            .AssertReply("Hi, I'm BotCare. I'm here to help put things right. What happened?")
            .SendConversationUpdate()
            .AssertNoReply(timeout: 300)
            .Send("my blender arrived with a cracked jug")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        CaseAssert.StepsInOrder(@case, PlaybookStep.Welcome, PlaybookStep.Listen, PlaybookStep.Apologize);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task TheStoryCanComeInSeveralMessagesAndEachNewProblemGetsItsOwnApology()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my parcel came 5 days late")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("also the coffee machine inside leaks water everywhere")
            .AssertReply(reply =>
            {
                var text = ((Activity)reply).Text!;
                Assert.StartsWith("I'm", text, StringComparison.Ordinal);
                Assert.EndsWith("Is there anything else I should know?", text, StringComparison.Ordinal);
            })
            .Send("the order number is 90001")
            .AssertReply("Thanks, I've noted that. Anything else?")
            .Send("no that's all")
            .AssertReply("Let me make sure I have it all: your parcel came 5 days late; and the coffee machine inside leaks water everywhere. Is that right?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal([IssueCategory.Delivery, IssueCategory.Product], @case.Issues.Select(i => i.Category));
        Assert.Equal("90001", @case.OrderNumber);
        Assert.Equal(2, @case.Steps.Count(s => s.Step == PlaybookStep.Apologize));
        Assert.Equal(3, @case.Steps.Count(s => s.Step == PlaybookStep.Listen));
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AStoryWithThreeProblemsBecomesThreeIssuesEachWithItsCategory()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("order 77120: it came late, you charged me twice, and your support hung up on me")
            .AssertReply("I'm sorry. That's three things going wrong at once, and being hung up on is the last thing you needed. Is there anything else that went wrong?")
            .Send("nope")
            .AssertReply("Let me make sure I have it all: order 77120: it came late; we charged you twice; and our support hung up on you. Is that right?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal([IssueCategory.Delivery, IssueCategory.Billing, IssueCategory.Service], @case.Issues.Select(i => i.Category));
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AskingForARefundBeforeTellingTheStoryGetsAskedWhatWentWrongFirst()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("I want a refund")
            .AssertReply("I can help with that. So I get it right, could you first tell me what went wrong?")
            .Send("the sneakers from order 31337 fell apart after a week")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(RemedyType.Refund, @case.RemedyRequested!.Type);
        Assert.Equal(IssueCategory.Product, Assert.Single(@case.Issues).Category);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AnAlreadyCalmCustomerGetsAPlainApologyNotADramaticOne()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("Hi, the mattress I ordered hasn't arrived yet, order 44001. Could you check?")
            .AssertReply(reply =>
            {
                var text = ((Activity)reply).Text!;
                Assert.Matches("^(I'm sorry about that\\.|Sorry to hear that\\.|I'm sorry that happened\\.) ", text);
                Assert.DoesNotContain("angry", text, StringComparison.Ordinal);
            })
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.True(@case.Sentiment.Start < 0.15, $"A calm opener scored anger {@case.Sentiment.Start}.");
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task TyposAndSlangAreUnderstood()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("ur courier left my parcel in the rain n now the box n the plates r soaked, ordr #48213 smh")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("nah thats it")
            .AssertReply(reply => Assert.StartsWith("Let me make sure I have it right: our courier left your parcel in the rain", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("yep")
            .AssertReply(reply => Assert.EndsWith("What would make this right for you?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("jus refund me pls")
            .AssertReply(reply => Assert.StartsWith("Of course. I'll refund $89 to your original payment method", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal("48213", @case.OrderNumber);
        Assert.Equal(RemedyType.Refund, @case.RemedyRequested!.Type);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ASecondMessageWithNoProblemInItHandsOverRatherThanGuessing()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("hello?")
            .AssertReply("I'm here to help with anything that went wrong. Could you tell me what happened?")
            .Send("what are your opening hours")
            .AssertReply(reply => Assert.StartsWith("I'm sorry, I'm not getting this right. I'll bring in a colleague.", ((Activity)reply).Text, StringComparison.Ordinal))
            .StartTestAsync();

        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AThankYouAfterEverythingIsDoneGetsAFriendlyReplyAndNoNewCase()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("thanks a lot, you've been great")
            .AssertReply("You're welcome. If anything else comes up, just send a message.")
            .StartTestAsync();

        Assert.Empty(await harness.AllCasesAsync());
    }
}
