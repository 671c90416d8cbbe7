namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>
/// After playbook step 18: what the bot does when the agent side reports back. A hand-back resumes with what the agent
/// noted and the closing question; a closed chat ends quietly; a failed handoff, or a customer who would rather be
/// contacted later, gets a concrete time.
/// </summary>
public sealed class AfterHandoffTests
{
    private const string LearnQuestion = "One last thing: is there anything we could have done to avoid this?";

    /// <summary>Asks for a manager with a story, confirms it, and is handed over: the chat is with a person now.</summary>
    private static TestFlow WithAPerson(TestFlow flow) => flow
        .Send("the plates from order 48213 arrived smashed, let me talk to a manager")
        .AssertReply(reply => Assert.EndsWith("Is that right?", EscalationTests.Text(reply), StringComparison.Ordinal))
        .Send("yes")
        .AssertReply(reply => Assert.StartsWith("Thanks. I've passed this", EscalationTests.Text(reply), StringComparison.Ordinal))
        .AssertReply(reply => EscalationTests.IsHandoff(reply, EscalationReason.CustomerAsked));

    private static Activity HandedBack(string? message) =>
        new(ActivityTypes.Event) { Name = HandoffEventNames.HandoffStatus, Value = new HandoffStatus(HandoffStates.Completed, message) };

    [Fact]
    public async Task AChatHandedBackWithWhatHappenedResumesWithItAsksHowItCouldHaveBeenAvoidedAndClosesTheCase()
    {
        await using var harness = new RecoveryHarness();
        await WithAPerson(harness.Flow())
            .Send(HandedBack("  Replacement plates ship today by express, arriving Wednesday. **Refund** of the shipping issued  "))
            .AssertReply(reply =>
            {
                Assert.Equal("Thanks for bearing with us. I'm back with you. My colleague noted: Replacement plates ship today by express, arriving Wednesday. **Refund** of the shipping issued.", EscalationTests.Text(reply));
                Assert.Equal(TextFormatTypes.Plain, ((Activity)reply).TextFormat);
            })
            .AssertReply(LearnQuestion)
            .Send("pack the plates in more padding")
            .AssertReply("Thank you, that's genuinely useful. I've passed it on to the team. Take care.")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal("pack the plates in more padding", @case.AvoidanceIdea);
        Assert.Equal(harness.Clock.GetUtcNow(), @case.ClosedAt);
        Assert.Contains(@case.Steps, s => s.Step == PlaybookStep.Escalate && s.Note == "handed back: Replacement plates ship today by express, arriving Wednesday. **Refund** of the shipping issued");
        CaseAssert.StepsInOrder(@case, PlaybookStep.Escalate, PlaybookStep.Escalate, PlaybookStep.Learn, PlaybookStep.Close);
        Assert.Equal(CaseStatus.Escalated, @case.Status);
        await harness.VerifyAsync();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task AChatHandedBackWithoutAMessageResumesWithThePlainWordingAndStillAsksTheClosingQuestion(string? message)
    {
        await using var harness = new RecoveryHarness();
        await WithAPerson(harness.Flow())
            .Send(HandedBack(message))
            .AssertReply("Thanks for bearing with us. I'm back with you.")
            .AssertReply(LearnQuestion)
            .Send("not really")
            .AssertReply("No problem. Thanks for your patience, and sorry once more for the trouble. Take care.")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Null(@case.AvoidanceIdea);
        Assert.NotNull(@case.ClosedAt);
        Assert.Contains(@case.Steps, s => s.Step == PlaybookStep.Escalate && s.Note == "handed back");
        CaseAssert.StepsInOrder(@case, PlaybookStep.Escalate, PlaybookStep.Learn, PlaybookStep.Close);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AChatAnAgentClosedEndsQuietlyWithTheOutcomeOnTheCaseAndTheNextMessageStartsAFreshCase()
    {
        await using var harness = new RecoveryHarness();
        await WithAPerson(harness.Flow())
            .Send(new Activity(ActivityTypes.Event) { Name = HandoffEventNames.HandoffStatus, Value = new HandoffStatus(HandoffStates.Closed, "resolved: refund issued") })
            .AssertNoReply(timeout: 300)
            .StartTestAsync();

        var closed = await harness.CaseAsync();
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(harness.Clock.GetUtcNow(), closed.ClosedAt);
        Assert.Contains(closed.Steps, s => s.Step == PlaybookStep.Close && s.Note == "resolved: refund issued");
        Assert.DoesNotContain(closed.Steps, s => s.Step == PlaybookStep.Learn);

        harness.Clock.Advance(TimeSpan.FromMinutes(5));
        await harness.Flow()
            .Send("hi again, my new order is late")
            .AssertReply(reply => Assert.DoesNotContain("colleague has everything", EscalationTests.Text(reply), StringComparison.Ordinal))
            .StartTestAsync();
        Assert.NotEqual(closed.Id, (await harness.CaseAsync()).Id);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AfterTheClosingAnswerOfAChatHandedBackTheNextMessageStartsAFreshCase()
    {
        await using var harness = new RecoveryHarness();
        await WithAPerson(harness.Flow())
            .Send(HandedBack("replacement plates ship today"))
            .AssertReply(reply => Assert.StartsWith("Thanks for bearing with us. I'm back with you.", EscalationTests.Text(reply), StringComparison.Ordinal))
            .AssertReply(LearnQuestion)
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Take care.", EscalationTests.Text(reply), StringComparison.Ordinal))
            .Send("my router from order 33410 never arrived either")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", EscalationTests.Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var cases = await harness.AllCasesAsync();
        Assert.Equal(2, cases.Count);
        Assert.Equal("48213", cases[0].OrderNumber);
        Assert.NotNull(cases[0].ClosedAt);
        Assert.Equal("33410", cases[1].OrderNumber);
        Assert.Equal(CaseStatus.Open, cases[1].Status);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AChatHandedBackWhenTheClosingQuestionWasAskedAlreadyJustClosesWarmly()
    {
        await using var harness = new RecoveryHarness();
        var recovery = harness.ConversationState.CreateProperty<RecoveryState>(nameof(RecoveryState));
        await WithAPerson(new TestFlow(harness.Adapter, async (turn, cancellationToken) =>
            {
                if (turn.Activity.Name == HandoffEventNames.HandoffStatus)
                {
                    // Only a case that already went through step 16 gets here this way; no conversation path leads to it today.
                    var state = await recovery.GetAsync(turn, () => new RecoveryState(), cancellationToken);
                    state.Case.AvoidanceIdea = "check the packing";
                    state.Case.RecordStep(PlaybookStep.Learn, harness.Clock.GetUtcNow());
                }

                await harness.Bot.OnTurnAsync(turn, cancellationToken);
            }))
            .Send(HandedBack("replacement plates ship today"))
            .AssertReply("Thanks for bearing with us. I'm back with you. My colleague noted: replacement plates ship today. If anything else comes up, just write here. Take care.")
            .AssertNoReply(timeout: 300)
            .Send("my router from order 33410 never arrived either")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", EscalationTests.Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var cases = await harness.AllCasesAsync();
        Assert.Equal(2, cases.Count);
        Assert.Equal("check the packing", cases[0].AvoidanceIdea);
        Assert.Single(cases[0].Steps, s => s.Step == PlaybookStep.Learn);
        Assert.Equal(PlaybookStep.Close, cases[0].Steps[^1].Step);
        Assert.NotNull(cases[0].ClosedAt);
        Assert.Equal("33410", cases[1].OrderNumber);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task WhenTheHandoffFailsTheCustomerGetsAConcreteTimeInstead()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("the plates from order 48213 arrived smashed, let me talk to a manager")
            .AssertReply(reply => Assert.EndsWith("Is that right?", EscalationTests.Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Thanks. I've passed this", EscalationTests.Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => EscalationTests.IsHandoff(reply, EscalationReason.CustomerAsked))
            .Send(new Activity(ActivityTypes.Event) { Name = HandoffEventNames.HandoffStatus, Value = new HandoffStatus(HandoffStates.Failed, "No agents online") })
            .AssertReply("I'm sorry, I couldn't reach a colleague just now. Our customer care team will get back to you here by 5 pm today; they already have everything you've told me.")
            .AssertNoReply(timeout: 300)
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(CaseStatus.Escalated, @case.Status);
        Assert.Null(@case.ClosedAt);
        CaseAssert.DoesNotHave(@case, PlaybookStep.Learn);
        var commitment = Assert.Single(@case.Commitments);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.FromHours(-5)), commitment.DueAt);
        Assert.Equal("customer care team", commitment.Owner);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ACustomerWhoChoseToBeContactedLaterGetsThePromiseOfATimeAsTheirChoice()
    {
        await using var harness = new RecoveryHarness();
        await WithAPerson(harness.Flow())
            .Send(new Activity(ActivityTypes.Event) { Name = HandoffEventNames.HandoffStatus, Value = new HandoffStatus(HandoffStates.Failed, HandoffReasons.ContactLater) })
            .AssertReply("Of course. Our customer care team will contact you here by 5 pm today, and they already have everything you've told me. You don't need to stay in the chat.")
            .AssertNoReply(timeout: 300)
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        var commitment = Assert.Single(@case.Commitments);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.FromHours(-5)), commitment.DueAt);
        Assert.Contains(@case.Steps, s => s.Step == PlaybookStep.Commitment && s.Note == "the customer chose to be contacted later");
        await harness.VerifyAsync();
    }
}
