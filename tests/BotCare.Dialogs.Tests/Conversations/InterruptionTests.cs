namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>"Start over" and "cancel" work at any step, before the active question sees the message.</summary>
public sealed class InterruptionTests
{
    private static string Text(IActivity reply) => ((Activity)reply).Text!;

    [Fact]
    public async Task StartOverBeginsANewStoryAndClosesTheOldCase()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my headphones from order 10042 stopped charging")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("start over")
            .AssertReply("Of course, let's start again. What happened?")
            .Send("actually it's my router from order 33410, it never arrived")
            .AssertReply(reply => Assert.EndsWith("Is there anything else I should know?", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var cases = await harness.AllCasesAsync();
        Assert.Equal(2, cases.Count);
        Assert.Equal(CaseStatus.Closed, cases[0].Status);
        Assert.Equal("33410", cases[1].OrderNumber);
        Assert.Equal(IssueCategory.Delivery, Assert.Single(cases[1].Issues).Category);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task CancelStopsPolitelyAtAnyStep()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my headphones from order 10042 stopped charging")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("cancel")
            .AssertReply("No problem, I'll leave it there. If you'd like to pick this up again, just send a message.")
            .Send("hello")
            .AssertReply("I'm here to help with anything that went wrong. Could you tell me what happened?")
            .StartTestAsync();

        var @case = (await harness.AllCasesAsync())[0];
        Assert.Equal(CaseStatus.Closed, @case.Status);
        Assert.Equal("cancelled by the customer", @case.Steps[^1].Note);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task CancelMyOrderIsARemedyNotACommandToStop()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("the delivery date for my mattress, order 44001, got pushed back by a month")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.EndsWith("What would make this right for you?", Text(reply), StringComparison.Ordinal))
            .Send("cancel my order")
            .AssertReply("Of course. I'll cancel order 44001. Shall I go ahead?")
            .StartTestAsync();

        Assert.Equal(RemedyType.Cancellation, (await harness.CaseAsync()).RemedyRequested!.Type);
        await harness.VerifyAsync();
    }
}
