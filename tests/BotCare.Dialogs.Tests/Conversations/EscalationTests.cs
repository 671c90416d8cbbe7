namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>
/// Playbook step 18: every trigger hands the chat to a person, tells the customer what happens next, records
/// the reason, and sends a handoff.initiate event with the brief; then the bot waits.
/// </summary>
public sealed class EscalationTests
{
    internal static string Text(IActivity reply) => ((Activity)reply).Text!;

    internal static void IsHandoff(IActivity reply, EscalationReason reason)
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
}
