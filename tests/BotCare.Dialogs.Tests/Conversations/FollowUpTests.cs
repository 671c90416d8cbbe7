namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>
/// Playbook step 17, follow up: days after the remedy the scheduler's event brings the bot back into the conversation
/// to ask whether it is sorted. Satisfied gets a rating (CSAT) and thanks; not satisfied re-opens the case and brings in
/// a person.
/// </summary>
public sealed class FollowUpTests
{
    private const string CheckIn = "Hello again. When we spoke on Monday 23 November about your order 10042, I said I'd check in to make sure they arrived and work. Is everything sorted now?";

    private static string Text(IActivity reply) => ((Activity)reply).Text!;

    /// <summary>The replacement conversation of the playbook, through to the closing question.</summary>
    private static TestFlow Resolved(RecoveryHarness harness) => harness.Flow()
        .Send("the headphones i ordered last week stopped charging after 2 days. really disappointed")
        .AssertReply("I'm sorry, that's frustrating. Is there anything else that went wrong?")
        .Send("no thats it")
        .AssertReply("Could you give me the order or booking number? If you don't have it to hand, just say so.")
        .Send("10042")
        .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
        .Send("yes")
        .AssertReply(reply => Assert.EndsWith("What would make this right for you?", Text(reply), StringComparison.Ordinal))
        .Send("i just want ones that work")
        .AssertReply(reply => Assert.EndsWith("Shall I go ahead?", Text(reply), StringComparison.Ordinal))
        .Send("yes please")
        .AssertReply(reply => Assert.StartsWith("Done: the replacement headphones ship today", Text(reply), StringComparison.Ordinal))
        .AssertReply("One last thing: is there anything we could have done to avoid this?")
        .Send("maybe test the batteries before shipping")
        .AssertReply("Thank you, that's genuinely useful. I've passed it on to the team. Take care.");

    /// <summary>Moves the clock to the follow-up's due time and leases it, as the scheduler does before it sends the event.</summary>
    private static async Task<Activity> DueFollowUpAsync(RecoveryHarness harness)
    {
        var commitment = Assert.Single(await harness.Commitments.ListAsync(new CommitmentQuery { Kind = CommitmentKind.FollowUp }));
        harness.Clock.SetUtcNow(commitment.DueAt);
        Assert.Single(await harness.Commitments.ClaimDueAsync(CommitmentKind.FollowUp, harness.Clock.GetUtcNow(), "scheduler", TimeSpan.FromMinutes(5), 10));
        return new Activity(ActivityTypes.Event) { Name = FollowUpRequest.EventName, Value = new FollowUpRequest(commitment.Id) };
    }

    [Fact]
    public async Task ASatisfiedCustomerIsAskedForARatingAndTheScoreAndCommentLandOnTheClosedCase()
    {
        await using var harness = new RecoveryHarness();
        await Resolved(harness).StartTestAsync();
        var followUp = await DueFollowUpAsync(harness);

        // Three days on: longer than the idle time, yet the answer continues the check-in rather than starting afresh.
        await harness.Flow()
            .Send(followUp)
            .AssertReply(reply =>
            {
                Assert.Equal(CheckIn, Text(reply));
                Assert.Equal(["Yes, all sorted", "No, not yet"], ((Activity)reply).SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("yes they did, thanks")
            .AssertReply(reply =>
            {
                Assert.Equal("I'm glad to hear it. How would you rate the way we handled this, from 1 (poor) to 5 (excellent)?", Text(reply));
                Assert.Equal(["1", "2", "3", "4", "5"], ((Activity)reply).SuggestedActions!.Actions.Select(a => a.Title));
            })
            .Send("4")
            .AssertReply("Thank you. Is there anything you'd like to tell us about it?")
            .Send("quick replacement, but the first pair should not have failed")
            .AssertReply("Thank you, that's good to hear. Have a lovely day.")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(4, @case.Csat!.Score);
        Assert.Equal("quick replacement, but the first pair should not have failed", @case.Csat.Comment);
        Assert.Equal(CaseStatus.Closed, @case.Status);
        var record = Assert.Single(@case.FollowUps);
        Assert.Equal(FollowUpAnswer.Satisfied, record.Answer);
        Assert.Equal(harness.Clock.GetUtcNow(), record.SentAt);
        Assert.Contains(@case.Steps, s => s.Step == PlaybookStep.FollowUp && s.Note == record.CommitmentId);
        Assert.Equal("maybe test the batteries before shipping", @case.AvoidanceIdea);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task NoCommentKeepsTheRatingAloneAndALowScoreIsThankedForItsHonesty()
    {
        await using var harness = new RecoveryHarness();
        await Resolved(harness).StartTestAsync();
        var followUp = await DueFollowUpAsync(harness);
        await harness.Flow()
            .Send(followUp)
            .AssertReply(CheckIn)
            .Send("Yes, all sorted")
            .AssertReply(reply => Assert.StartsWith("I'm glad to hear it.", Text(reply), StringComparison.Ordinal))
            .Send("2")
            .AssertReply(reply => Assert.Equal(["No, that's all"], ((Activity)reply).SuggestedActions!.Actions.Select(a => a.Title)))
            .Send("No, that's all")
            .AssertReply("Thank you for being honest with us. I've passed your rating on, so we can do better next time.")
            .StartTestAsync();

        var csat = (await harness.CaseAsync()).Csat!;
        Assert.Equal(2, csat.Score);
        Assert.Null(csat.Comment);
    }

    [Fact]
    public async Task ACustomerStillNotSatisfiedGetsTheCaseReopenedAndAPersonWithTheWholeStory()
    {
        await using var harness = new RecoveryHarness();
        await Resolved(harness).StartTestAsync();
        var followUp = await DueFollowUpAsync(harness);
        await harness.Flow()
            .Send(followUp)
            .AssertReply(CheckIn)
            .Send("no, not yet")
            .AssertReply(reply =>
            {
                Assert.StartsWith("I'm sorry it still isn't right. I've re-opened your case and I'll bring in a colleague to put it right. They'll have everything you've told me:", Text(reply), StringComparison.Ordinal);
                Assert.Contains("stopped charging", Text(reply), StringComparison.Ordinal);
            })
            .AssertReply(reply => Assert.StartsWith("I've passed this to our customer care team", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => EscalationTests.IsHandoff(reply, EscalationReason.NotSatisfiedAfterFollowUp))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(CaseStatus.Escalated, @case.Status);
        Assert.Null(@case.ClosedAt);
        Assert.Equal(FollowUpAnswer.NotSatisfied, Assert.Single(@case.FollowUps).Answer);
        Assert.Null(@case.Csat);
        var escalation = @case.Escalations[^1];
        Assert.Equal(EscalationReason.NotSatisfiedAfterFollowUp, escalation.Reason);
        Assert.Equal("Not satisfied when followed up: \"no, not yet\"", escalation.Detail);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AnAnswerThatIsNeitherYesNorNoTwiceGoesToAPersonRatherThanGuessing()
    {
        await using var harness = new RecoveryHarness();
        await Resolved(harness).StartTestAsync();
        var followUp = await DueFollowUpAsync(harness);
        await harness.Flow()
            .Send(followUp)
            .AssertReply(CheckIn)
            .Send("the left earcup crackles now")
            .AssertReply("Sorry, I didn't catch that. Is everything sorted now?")
            .Send("it crackles I said")
            .AssertReply(reply => Assert.StartsWith("I'm sorry it still isn't right.", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith("I've passed this", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => EscalationTests.IsHandoff(reply, EscalationReason.NotSatisfiedAfterFollowUp))
            .StartTestAsync();
    }

    [Fact]
    public async Task AFollowUpEventTheSchedulerDidNotLeaseIsIgnored()
    {
        await using var harness = new RecoveryHarness();
        await Resolved(harness).StartTestAsync();
        var commitment = Assert.Single(await harness.Commitments.ListAsync(new CommitmentQuery { Kind = CommitmentKind.FollowUp }));
        harness.Clock.SetUtcNow(commitment.DueAt);

        // A Direct Line client can post any event; without the scheduler's lease it changes nothing and says nothing.
        await harness.Flow()
            .Send(new Activity(ActivityTypes.Event) { Name = FollowUpRequest.EventName, Value = new FollowUpRequest(commitment.Id) })
            .AssertNoReply(timeout: 300)
            .Send(new Activity(ActivityTypes.Event) { Name = FollowUpRequest.EventName, Value = "not a request" })
            .AssertNoReply(timeout: 300)
            .StartTestAsync();

        Assert.Empty((await harness.CaseAsync()).FollowUps);
    }

    [Fact]
    public async Task TheSameFollowUpDeliveredTwiceIsAskedOnce()
    {
        await using var harness = new RecoveryHarness();
        await Resolved(harness).StartTestAsync();
        var followUp = await DueFollowUpAsync(harness);
        await harness.Flow()
            .Send(followUp)
            .AssertReply(CheckIn)
            .Send(followUp)
            .AssertNoReply(timeout: 300)
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("I'm glad to hear it.", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Single((await harness.CaseAsync()).FollowUps);
    }
}
