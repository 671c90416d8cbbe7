namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>Playbook steps 8 to 15: ask, suggest, weigh, counter, agree, act, incentive, follow-up promise.</summary>
public sealed class RemedyTests
{
    private static string Text(IActivity reply) => ((Activity)reply).Text!;

    private static TestFlow UpToTheRemedyQuestion(RecoveryHarness harness, string story) => harness.Flow()
        .Send(story)
        .AssertReply(reply => Assert.EndsWith("?", Text(reply), StringComparison.Ordinal))
        .Send("no that's all")
        .AssertReply(reply => Assert.EndsWith("Is that right?", Text(reply), StringComparison.Ordinal))
        .Send("yes")
        .AssertReply(reply => Assert.EndsWith("What would make this right for you?", Text(reply), StringComparison.Ordinal));

    [Fact]
    public async Task WithNoIdeaFromTheCustomerTheDefaultRemedyIsSuggested()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my headphones from order 10042 stopped charging")
            .Send("I'm not sure")
            .AssertReply("Here's what I suggest: I'll send you replacement headphones today by express shipping. You can keep the faulty ones until they arrive. Would that work for you?")
            .Send("ok")
            .AssertReply(reply => Assert.StartsWith("Done: the replacement headphones ship today", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(RemedyType.None, @case.RemedyRequested!.Type);
        Assert.Equal(OfferKind.Suggested, Assert.Single(@case.Offers).Kind);
        CaseAssert.StepsInOrder(@case, PlaybookStep.AskRemedy, PlaybookStep.SuggestRemedy, PlaybookStep.Agreement, PlaybookStep.Action, PlaybookStep.Commitment);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AskingForMoreThanWasPaidIsCounteredWithAFullRefundAndAccepted()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my headphones from order 10042 stopped charging")
            .Send("I want $300 back for all the hassle")
            .AssertReply("I can't refund more than the $129 you paid, but here's what I can do: I'll refund $129 to your original payment method. Would that work for you?")
            .Send("deal")
            .AssertReply("Done: $129 is on its way back to your original payment method and will show within 3 to 5 business days. I'll check in with you on Saturday to make sure the refund arrived. Your reference is RFD-10042-1.")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        var offer = Assert.Single(@case.Offers);
        Assert.Equal((OfferKind.CounterOffer, OfferResponse.Agreed), (offer.Kind, offer.Response));
        Assert.Equal(300m, @case.RemedyRequested!.Amount!.Amount);
        CaseAssert.StepsInOrder(@case, PlaybookStep.AskRemedy, PlaybookStep.CounterOffer, PlaybookStep.Agreement, PlaybookStep.Action);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AReasonableCreditIsAcceptedAtOnce()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "your courier left my coffee machine (order 90001) outside in the rain")
            .Send("a $20 voucher would be fair")
            .AssertReply("Of course. I'll add a $20 credit to your account. Shall I go ahead?")
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Done: a $20 credit is on your account now.", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(RemedyType.Credit, @case.Agreement!.Remedy.PrimaryType);
        Assert.Equal(CaseStatus.Resolved, @case.Status);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AnOrderNotYetShippedIsCancelledOnRequest()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "the delivery date for my mattress, order 44001, got pushed back by a month")
            .Send("just cancel my order")
            .AssertReply("Of course. I'll cancel order 44001. Shall I go ahead?")
            .Send("yes")
            .AssertReply("Done: order 44001 is cancelled, and nothing more will be charged. I'll check in with you on Saturday to make sure everything is settled. Your reference is CNL-44001-1.")
            .StartTestAsync();

        Assert.Equal(RemedyType.Cancellation, (await harness.CaseAsync()).Agreement!.Remedy.PrimaryType);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ADoubleChargeIsOwnedAndTheExtraChargeRefunded()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("you charged me twice for my blender, order 77120")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Let me make sure I have it right: we charged you twice for your blender. Is that right?")
            .Send("yes")
            .AssertReply("Thank you for flagging it; billing mistakes are exactly what we need to hear about. Our records confirm you were charged twice. That's our mistake, and I'm sorry. What would make this right for you?")
            .Send("refund the extra charge please")
            .AssertReply("Of course. I'll refund $64.99 to your original payment method. Shall I go ahead?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(SituationType.Service, @case.Situation);
        Assert.Contains(@case.Steps, s => s is { Step: PlaybookStep.Apologize, Note: "owned the mistake" });
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AParcelThatNeverArrivedGetsANewOneSentOut()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my router (order 33410) still hasn't arrived and it was due 3 days ago")
            .Send("no idea, what can you do?")
            .AssertReply("Here's what I suggest: I'll send a new router out today by express shipping. Would that work for you?")
            .Send("yes please")
            .AssertReply(reply => Assert.StartsWith("Done: the new router ships today by express", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(IssueCategory.Delivery, Assert.Single(@case.Issues).Category);
        Assert.Equal(RemedyType.Replacement, @case.Agreement!.Remedy.PrimaryType);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ADifferentAskInsteadOfYesIsWeighedAgain()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "your courier left my coffee machine (order 90001) outside in the rain")
            .Send("a $20 voucher")
            .AssertReply("Of course. I'll add a $20 credit to your account. Shall I go ahead?")
            .Send("make it $50 and we're good")
            .AssertReply("That's fair. I'll add a $50 credit to your account. Shall I go ahead?")
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Done: a $50 credit is on your account now.", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal([OfferResponse.Declined, OfferResponse.Agreed], @case.Offers.Select(o => o.Response));
        Assert.Empty(@case.AbuseSignals);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task TurningDownASuggestionLeadsToAskingWhatWouldWorkBetter()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my headphones from order 10042 stopped charging")
            .Send("dunno")
            .AssertReply(reply => Assert.StartsWith("Here's what I suggest: I'll send you replacement headphones", Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Okay. What would you like us to do to put this right?")
            .Send("a refund then")
            .AssertReply("Of course. I'll refund $129 to your original payment method. Shall I go ahead?")
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Done: $129 is on its way back", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(RemedyType.Refund, @case.Agreement!.Remedy.PrimaryType);
        Assert.Equal(2, @case.Steps.Count(s => s.Step == PlaybookStep.AskRemedy));
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AnAngryCustomerGetsASmallCouponToComeBack()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "This is RIDICULOUS!!! The headphones from order 10042 died after two days. Absolutely terrible quality")
            .Send("send me new ones")
            .AssertReply("Of course. I'll send you replacement headphones today by express shipping. You can keep the faulty ones until they arrive. I'll also send you a $10 coupon for the trouble. Shall I go ahead?")
            .Send("fine")
            .AssertReply(reply => Assert.Contains("A $10 coupon is on its way to your email too", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.True(@case.Agreement!.Remedy.Includes(RemedyType.Coupon));
        Assert.Equal(["RPL-10042-1", "CPN-10042-2"], @case.Actions.Select(a => a.Reference));
        CaseAssert.StepsInOrder(@case, PlaybookStep.Agreement, PlaybookStep.Action, PlaybookStep.Incentive, PlaybookStep.Commitment);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task HalfMyMoneyBackBecomesAnAmountFromTheOrder()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "the headphones from order 10042 crackle in the left ear")
            .Send("I want half my money back and I'll keep them")
            .AssertReply("Of course. I'll refund $64.50 to your original payment method. Shall I go ahead?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal((RemedyType.Refund, 64.50m), (@case.RemedyRequested!.Type, @case.RemedyRequested.Amount!.Amount));
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AnAgreedRemedyRunAgainAfterLosingTheSaveIsAskedForWithTheSameKeyAndHappensOnce()
    {
        await using var harness = new RecoveryHarness();
        await UpToTheRemedyQuestion(harness, "my headphones from order 10042 stopped charging")
            .Send("i just want ones that work")
            .AssertReply(reply => Assert.EndsWith("Shall I go ahead?", Text(reply), StringComparison.Ordinal))
            .StartTestAsync();

        // The agreeing turn loses the race to save (as to another instance; a crash before the save is the same: the
        // channel redelivers and the turn runs again from the saved state). Its replies were never sent.
        harness.Contested.LoseNextSaves(1);
        await harness.Flow()
            .Send("yes please")
            .AssertReply(reply => Assert.EndsWith("Your reference is RPL-10042-1.", Text(reply), StringComparison.Ordinal))
            .AssertReply("One last thing: is there anything we could have done to avoid this?")
            .StartTestAsync();

        // Both runs asked the fulfillment for the action, with one key, so a system honouring the key acts once.
        var key = Assert.Single(harness.Fulfillment.Keys.Distinct());
        Assert.Equal(2, harness.Fulfillment.Keys.Count);
        var @case = await harness.CaseAsync();
        Assert.Equal(key, $"{@case.Id}/action-1");
        Assert.Equal("RPL-10042-1", Assert.Single(@case.Actions).Reference);
        Assert.Single(await harness.Commitments.ListAsync(new CommitmentQuery()));
        Assert.Single(await harness.BotMessagesAsync(), m => m.Contains("RPL-10042-1", StringComparison.Ordinal));
    }
}
