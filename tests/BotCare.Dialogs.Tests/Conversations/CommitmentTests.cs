namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>Playbook step 14: when the bot cannot resolve something it says so and commits to a concrete time.</summary>
public sealed class CommitmentTests
{
    private static string Text(IActivity reply) => ((Activity)reply).Text!;

    private static TestFlow WithoutAnOrderNumber(RecoveryHarness harness) => harness.Flow()
        .Send("the blender I bought stopped working, I want my money back")
        .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
        .Send("no")
        .AssertReply("Could you give me the order or booking number? If you don't have it to hand, just say so.")
        .Send("I don't have it")
        .AssertReply("Let me make sure I have it right: the blender you bought stopped working. Is that right?")
        .Send("yes")
        .AssertReply("Thank you for telling us; it helps us catch faulty products.");

    [Fact]
    public async Task WithoutAnOrderTheBotPromisesToGetBackByTheEndOfTheWorkingDay()
    {
        await using var harness = new RecoveryHarness();
        await WithoutAnOrderNumber(harness)
            .AssertReply("I've noted that you'd like a refund. I can't sort this out myself right now, and I'd rather not guess. I'll look into it with our customer care team and get back to you here by 5 pm today.")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        var commitment = Assert.Single(@case.Commitments);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.FromHours(-5)), commitment.DueAt);
        Assert.Equal("customer care team", commitment.Owner);
        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        Assert.Equal(CaseStatus.Open, @case.Status);
        CaseAssert.StepsInOrder(@case, PlaybookStep.Thank, PlaybookStep.Classify, PlaybookStep.Commitment, PlaybookStep.Close);
        await harness.VerifyAsync();

        // The promise is in the ledger once, tied to the case and the customer, for people and the scheduler to track.
        var recorded = Assert.Single(await harness.Commitments.ListAsync(new CommitmentQuery()));
        Assert.Equal(commitment.Id, recorded.Id);
        Assert.Equal(@case.Id, recorded.CaseId);
        Assert.Equal(@case.Customer.Id, recorded.CustomerId);
        Assert.Equal(CommitmentKind.Promise, recorded.Kind);
        Assert.Equal(commitment.DueAt, recorded.DueAt);
    }

    [Fact]
    public async Task AfterClosingTimeThePromiseIsForTheNextWorkingDay()
    {
        await using var harness = new RecoveryHarness(now: new DateTimeOffset(2026, 11, 23, 19, 30, 0, TimeSpan.FromHours(-5)));
        await WithoutAnOrderNumber(harness)
            .AssertReply("I've noted that you'd like a refund. I can't sort this out myself right now, and I'd rather not guess. I'll look into it with our customer care team and get back to you here by 5 pm tomorrow.")
            .StartTestAsync();

        Assert.Equal(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.FromHours(-5)), Assert.Single((await harness.CaseAsync()).Commitments).DueAt);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AnOrderNumberThatDoesNotExistIsNotedAndThePromiseMadeAllTheSame()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("my kettle stopped working and I want a refund")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Could you give me the order or booking number? If you don't have it to hand, just say so.")
            .Send("99999")
            .AssertReply("I couldn't find order 99999. Could you double-check it? It's in your order confirmation email.")
            .Send("it's 99999, I'm sure")
            .AssertReply("I still can't find order 99999, so I've noted it as you gave it.")
            .AssertReply("Let me make sure I have it right: your kettle stopped working. Is that right?")
            .Send("yes")
            .AssertReply("Thank you for telling us; it helps us catch faulty products.")
            .AssertReply(reply => Assert.EndsWith("get back to you here by 5 pm today.", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal("99999", @case.OrderNumber);
        Assert.Single(@case.Commitments);
        await harness.VerifyAsync();
    }
}
