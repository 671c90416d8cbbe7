namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>
/// Playbook step 18: every trigger hands the chat to a person, tells the customer what happens next, records
/// the reason, and sends a handoff.initiate event with the brief; then the bot waits.
/// </summary>
public sealed class EscalationTests
{
    private static string Text(IActivity reply) => ((Activity)reply).Text!;

    private static void IsHandoff(IActivity reply, EscalationReason reason)
    {
        var activity = (Activity)reply;
        Assert.Equal(HandoffEventNames.InitiateHandoff, activity.Name);
        Assert.Equal(reason, BotJson.Convert<CaseBrief>(activity.Value)!.Reason);
    }

    /// <summary>The brief was said rather than asked (the story was confirmed already): the handoff follows at once.</summary>
    private static TestFlow HandedOver(TestFlow flow, EscalationReason reason) => flow
        .AssertReply("I've passed this to our customer care team, and a person will join this chat shortly.")
        .AssertReply(reply => IsHandoff(reply, reason));

    private static TestFlow UpToTheRemedyQuestion(RecoveryHarness harness, string story) => harness.Flow()
        .Send(story)
        .AssertReply(reply => Assert.EndsWith("?", Text(reply), StringComparison.Ordinal))
        .Send("no that's all")
        .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
        .Send("yes")
        .AssertReply(reply => Assert.EndsWith("What would make this right for you?", Text(reply), StringComparison.Ordinal));

    [Fact]
    public async Task AskingForAPersonInTheMiddleOfAQuestionIsHandledBeforeThePrompt()
    {
        await using var harness = new RecoveryHarness();
        var flow = UpToTheRemedyQuestion(harness, "my headphones from order 10042 stopped charging")
            .Send("can I speak to a real person please")
            .AssertReply("I'll get you to a person. They'll have everything you've told me: your headphones from order 10042 stopped charging.");
        await HandedOver(flow, EscalationReason.CustomerAsked).StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(EscalationReason.CustomerAsked, Assert.Single(@case.Escalations).Reason);
        Assert.Equal(CaseStatus.Escalated, @case.Status);
        CaseAssert.StepsInOrder(@case, PlaybookStep.Listen, PlaybookStep.RepeatBack, PlaybookStep.AskRemedy, PlaybookStep.Escalate);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AskingForAPersonStraightAwayGetsOneQuestionAboutWhatItIs()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("agent")
            .AssertReply("I'll get you to a person. So they can help right away, what is it about, in a sentence?")
            .Send("my refund for order 77120 never came through")
            .AssertReply(reply => Assert.EndsWith("Thanks. I've passed this to our customer care team, and a person will join this chat shortly. They'll have everything you've told me.", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                IsHandoff(reply, EscalationReason.CustomerAsked);
                Assert.Single(BotJson.Convert<CaseBrief>(((Activity)reply).Value)!.Issues);
            })
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal("77120", @case.OrderNumber);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ACustomerGettingAngrierIsHandedToAPerson()
    {
        await using var harness = new RecoveryHarness();
        var flow = harness.Flow()
            .Send("hi, my blender from order 77120 makes a grinding noise")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("ARE YOU KIDDING ME?? I've explained this TWICE already, this is RIDICULOUS!!!")
            .AssertReply("I can hear this is getting more frustrating, and I'm sorry. I'll bring in a colleague who can do more than I can. They'll have everything you've told me: your blender from order 77120 makes a grinding noise.");
        await HandedOver(flow, EscalationReason.AngerRising).StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal("rising", @case.Sentiment.Trend);
        Assert.True(@case.Sentiment.Peak >= 0.6);
        Assert.Equal(EscalationReason.AngerRising, Assert.Single(@case.Escalations).Reason);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ATurnedDownCounterOfferGoesToAPersonWithWhatWasAskedAndOffered()
    {
        await using var harness = new RecoveryHarness();
        var flow = harness.Flow()
            .Send("Your technician never showed up for booking 55001. I want $500 for my lost wages.")
            .AssertReply(reply => Assert.EndsWith("?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Thank you for your patience in telling me.", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => Assert.StartsWith("I can't pay for lost wages or time, but here's what I can do:", Text(reply), StringComparison.Ordinal))
            .Send("no, that's not good enough")
            .AssertReply("That's fair enough. A colleague can look at other options, so I'll bring them in. They'll have everything you've told me: our technician never showed up for booking 55001; you asked for $500 for lost wages or time; I offered a rebooked visit, and a $75 credit.");
        await HandedOver(flow, EscalationReason.CounterOfferRefused).StartTestAsync();

        var @case = await harness.CaseAsync();
        var escalation = Assert.Single(@case.Escalations);
        Assert.Equal(EscalationReason.CounterOfferRefused, escalation.Reason);
        Assert.Contains("I want $500 for my lost wages", escalation.Detail, StringComparison.Ordinal);
        Assert.Equal(OfferResponse.Declined, Assert.Single(@case.Offers).Response);
        CaseAssert.StepsInOrder(@case, PlaybookStep.CounterOffer, PlaybookStep.Escalate);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ARefundAboveTheBotsAuthorityGoesToAPersonForApproval()
    {
        await using var harness = new RecoveryHarness();
        var flow = UpToTheRemedyQuestion(harness, "the coffee machine from order 90001 leaks from the bottom")
            .Send("I want a full refund")
            .AssertReply("Refunds over $150 need a manager's sign-off, so I'm passing your request on now. They'll have everything you've told me: the coffee machine from order 90001 leaks from the bottom; you asked for a $179 refund.");
        await HandedOver(flow, EscalationReason.NeedsApproval).StartTestAsync();

        await harness.VerifyAsync();
    }

    [Fact]
    public async Task GeneralUnhappinessIsConcludedOnlyAfterProductAndServiceAndGoesToAPerson()
    {
        await using var harness = new RecoveryHarness();
        var flow = harness.Flow()
            .Send("honestly I'm just fed up with your company, everything about you is exhausting")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply("Thank you for your patience in telling me. This deserves a proper conversation with a person, so I'll bring in a colleague. They'll have everything you've told me: you're fed up with our company, and everything about us is exhausting.");
        await HandedOver(flow, EscalationReason.GeneralUnhappiness).StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(SituationType.General, @case.Situation);
        Assert.Null(@case.OrderNumber);
        CaseAssert.StepsInOrder(@case, PlaybookStep.RepeatBack, PlaybookStep.Thank, PlaybookStep.Classify, PlaybookStep.Escalate);
        CaseAssert.DoesNotHave(@case, PlaybookStep.AskRemedy);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task RepeatClaimsOnTheSameOrderMakeTheBotStandFirmAndThenHandOver()
    {
        await using var harness = new RecoveryHarness();
        var flow = UpToTheRemedyQuestion(harness, "the sneakers from order 31337 fell apart")
            .Send("I want a full refund")
            .AssertReply("I can't offer more than this here, but I can send you replacement sneakers today by express shipping. You can keep the faulty ones until they arrive. I've also asked a colleague to review the order. Shall I go ahead?")
            .Send("no")
            .AssertReply("Okay. A colleague will review the order in full and take it from here. They'll have everything you've told me: the sneakers from order 31337 fell apart; you asked for a $95 refund; I offered replacement sneakers.");
        await HandedOver(flow, EscalationReason.SuspectedAbuse).StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Contains("already had 3 claims", Assert.Single(@case.AbuseSignals), StringComparison.Ordinal);
        Assert.Equal(OfferKind.StoodFirm, Assert.Single(@case.Offers).Kind);
        CaseAssert.StepsInOrder(@case, PlaybookStep.StandFirm, PlaybookStep.Escalate);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AClaimTheOrderRecordContradictsIsHeldPolitelyAndFlagged()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my coffee machine, order 90001, never arrived")
            .Send("refund me")
            .AssertReply("Our records show the order was delivered on Thursday 19 November and signed for. I can't offer more than this here, but I can add a $25 credit to your account. I've also asked a colleague to review the order. Shall I go ahead?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Contains("delivered with proof of delivery", Assert.Single(@case.AbuseSignals), StringComparison.Ordinal);
        Assert.DoesNotContain(@case.Offers[0].Remedy.Items, i => i.Type is RemedyType.Refund or RemedyType.Coupon);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task DemandsThatRiseAfterEachOfferAreHeldAtTheLastOffer()
    {
        await using var harness = new RecoveryHarness();
        var flow = UpToTheRemedyQuestion(harness, "your courier left my coffee machine (order 90001) outside in the rain")
            .Send("a $30 voucher")
            .AssertReply("Of course. I'll add a $30 credit to your account. Shall I go ahead?")
            .Send("actually make it $60")
            .AssertReply("That's fair. I'll add a $60 credit to your account. Shall I go ahead?")
            .Send("no, I want $100")
            .AssertReply("I can't offer more than this here, but I can add a $60 credit to your account. I've also asked a colleague to review the order. Shall I go ahead?")
            .Send("no")
            .AssertReply(reply => Assert.StartsWith("Okay. A colleague will review the order in full and take it from here.", Text(reply), StringComparison.Ordinal));
        await HandedOver(flow, EscalationReason.SuspectedAbuse).StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal([30m, 60m, 100m], @case.RemedyRequests.Select(r => r.Amount!.Amount));
        Assert.Contains("rose after each offer", Assert.Single(@case.AbuseSignals), StringComparison.Ordinal);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task TwoAnswersToWhatWouldMakeItRightThatTheBotCannotMakeOutHandOver()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my headphones from order 10042 stopped charging")
            .Send("blah blah")
            .AssertReply("Sorry, I didn't quite catch that. What would you like us to do: a refund, a replacement, a repair, or something else? If you're not sure, just say so.")
            .Send("purple monkey dishwasher")
            .AssertReply(reply => Assert.StartsWith("I'm sorry, I'm not getting this right. I'll bring in a colleague.", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        Assert.Equal(EscalationReason.NotUnderstood, Assert.Single((await harness.CaseAsync()).Escalations).Reason);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task WhileWaitingForAPersonTheBotReassuresOnceThenStaysQuiet()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("the plates from order 48213 arrived smashed, let me talk to a manager")
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Thanks. I've passed this", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => IsHandoff(reply, EscalationReason.CustomerAsked))
            .Send("hello? anyone?")
            .AssertReply("A colleague has everything you've told me and will reply here as soon as they can.")
            .Send("still waiting")
            .AssertNoReply(timeout: 300)
            .StartTestAsync();

        await harness.VerifyAsync();
    }

    private const string LearnQuestion = "One last thing: is there anything we could have done to avoid this?";

    /// <summary>Asks for a manager with a story, confirms it, and is handed over: the chat is with a person now.</summary>
    private static TestFlow WithAPerson(TestFlow flow) => flow
        .Send("the plates from order 48213 arrived smashed, let me talk to a manager")
        .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
        .Send("yes")
        .AssertReply(reply => Assert.StartsWith("Thanks. I've passed this", Text(reply), StringComparison.Ordinal))
        .AssertReply(reply => IsHandoff(reply, EscalationReason.CustomerAsked));

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
                Assert.Equal("Thanks for bearing with us. I'm back with you. My colleague noted: Replacement plates ship today by express, arriving Wednesday. **Refund** of the shipping issued.", Text(reply));
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
            .AssertReply(reply => Assert.DoesNotContain("colleague has everything", Text(reply), StringComparison.Ordinal))
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
            .AssertReply(reply => Assert.StartsWith("Thanks for bearing with us. I'm back with you.", Text(reply), StringComparison.Ordinal))
            .AssertReply(LearnQuestion)
            .Send("no")
            .AssertReply(reply => Assert.EndsWith("Take care.", Text(reply), StringComparison.Ordinal))
            .Send("my router from order 33410 never arrived either")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
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
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
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
            .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Thanks. I've passed this", Text(reply), StringComparison.Ordinal))
            .AssertReply(reply => IsHandoff(reply, EscalationReason.CustomerAsked))
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
