namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>The three "what good sounds like" conversations of PLAYBOOK.md, end to end.</summary>
public sealed class PlaybookExampleTests
{
    [Fact]
    public async Task ABrokenProductInsidePolicyIsReplacedAtOnce()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("the headphones i ordered last week stopped charging after 2 days. really disappointed")
            .AssertReply("I'm sorry, that's frustrating. Is there anything else that went wrong?")
            .Send("no thats it")
            .AssertReply("Could you give me the order or booking number? If you don't have it to hand, just say so.")
            .Send("10042")
            .AssertReply("Let me make sure I have it right: the headphones you ordered last week stopped charging after 2 days. Is that right?")
            .Send("yes")
            .AssertReply("Thank you for telling us; it helps us catch faulty products. What would make this right for you?")
            .Send("i just want ones that work")
            .AssertReply("Of course. I'll send you replacement headphones today by express shipping. You can keep the faulty ones until they arrive. Shall I go ahead?")
            .Send("yes please")
            .AssertReply("Done: the replacement headphones ship today by express, and you'll have the tracking number by email within the hour. I'll check in with you on Thursday to make sure they arrived and work. Your reference is RPL-10042-1.")
            .AssertReply("One last thing: is there anything we could have done to avoid this?")
            .Send("maybe test the batteries before shipping")
            .AssertReply("Thank you, that's genuinely useful. I've passed it on to the team. Take care.")
            .StartTestAsync();

        // The conversation is over: its state is stored, and no longer held in memory for a next turn.
        Assert.Equal(0, harness.StateCache.Count);
        var @case = await harness.CaseAsync();
        Assert.Equal(CaseStatus.Resolved, @case.Status);
        Assert.Equal(SituationType.Product, @case.Situation);
        Assert.Equal("10042", @case.OrderNumber);
        Assert.Equal(IssueCategory.Product, Assert.Single(@case.Issues).Category);
        Assert.Equal(RemedyType.Replacement, @case.RemedyRequested!.Type);
        Assert.Equal(RemedyType.Replacement, @case.Agreement!.Remedy.PrimaryType);
        Assert.Equal("RPL-10042-1", Assert.Single(@case.Actions).Reference);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(-5)), Assert.Single(@case.Commitments).DueAt);
        Assert.Equal("maybe test the batteries before shipping", @case.AvoidanceIdea);
        CaseAssert.StepsInOrder(@case, PlaybookStep.Listen, PlaybookStep.Apologize, PlaybookStep.RepeatBack, PlaybookStep.Thank, PlaybookStep.Classify, PlaybookStep.AskRemedy, PlaybookStep.Agreement, PlaybookStep.Action, PlaybookStep.Commitment, PlaybookStep.Learn, PlaybookStep.Close);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task ADemandBeyondPolicyGetsANoWithAPositiveAndACounterOfferThatIsAccepted()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("Your technician never showed up. I took a day off work for NOTHING. I want $500 for my lost wages.")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Could you give me the order or booking number? If you don't have it to hand, just say so.")
            .Send("booking 55001")
            .AssertReply("Let me make sure I have it right: our technician never showed up, and you took a day off work for nothing. Is that right?")
            .Send("yes")
            .AssertReply("Thank you for your patience in telling me. Our records confirm our technician missed the appointment. That's our mistake, and I'm sorry.")
            .AssertReply(reply => Assert.StartsWith("I can't pay for lost wages or time, but here's what I can do: I'll book you the first slot on the day of your choice, guaranteed, and add a $75 credit to your account", ((Activity)reply).Text, StringComparison.Ordinal))
            .Send("fine")
            .AssertReply("Done: you're first on the route on the day you choose; the booking link is in your email, and a $75 credit is on your account now. A $10 coupon is on its way to your email too. I'll message you the evening before your visit to confirm it. Your references are VST-55001-1, CRD-55001-2 and CPN-55001-3.")
            .AssertReply("One last thing: is there anything we could have done to avoid this?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(SituationType.Service, @case.Situation);
        Assert.Equal(RemedyType.Compensation, @case.RemedyRequested!.Type);
        Assert.Equal(500m, @case.RemedyRequested.Amount!.Amount);
        var offer = Assert.Single(@case.Offers);
        Assert.Equal((OfferKind.CounterOffer, OfferResponse.Agreed), (offer.Kind, offer.Response));
        Assert.Equal("I can't pay for lost wages or time", offer.Reason);
        Assert.True(@case.Agreement!.Remedy.Includes(RemedyType.Redo));
        Assert.Equal(75m, @case.Agreement.Remedy.Items.Single(i => i.Type == RemedyType.Credit).Amount!.Amount);
        CaseAssert.StepsInOrder(@case, PlaybookStep.Listen, PlaybookStep.Apologize, PlaybookStep.RepeatBack, PlaybookStep.Thank, PlaybookStep.Apologize, PlaybookStep.Classify, PlaybookStep.CounterOffer, PlaybookStep.Agreement, PlaybookStep.Action, PlaybookStep.Commitment);
        CaseAssert.DoesNotHave(@case, PlaybookStep.AskRemedy);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task SeveralProblemsAndAskingForAManagerHandsOverWithTheBriefConfirmed()
    {
        await using var harness = new RecoveryHarness();
        await harness.Flow()
            .Send("order 48213 arrived a week late, half the plates were smashed, and when I called, your agent hung up on me. let me talk to a manager.")
            .AssertReply(reply =>
            {
                var text = ((Activity)reply).Text!;
                Assert.StartsWith("I'm sorry. That's three things going wrong at once, and being hung up on is the last thing you needed.", text, StringComparison.Ordinal);
                Assert.Contains("I'll get you to a person. So they don't ask you to repeat anything, here's what I'll pass on: order 48213 arrived a week late; half the plates were smashed; and when you called, our agent hung up on you. Is that right?", text, StringComparison.Ordinal);
            })
            .Send("yes")
            .AssertReply("Thanks. I've passed this to our customer care team, and a person will join this chat shortly. They'll have everything you've told me.")
            .AssertReply(handoff =>
            {
                var activity = (Activity)handoff;
                Assert.Equal((ActivityTypes.Event, HandoffEventNames.InitiateHandoff), (activity.Type, activity.Name));
                var brief = BotJson.Convert<CaseBrief>(activity.Value)!;
                Assert.Equal(EscalationReason.CustomerAsked, brief.Reason);
                Assert.Equal("48213", brief.OrderNumber);
                Assert.Equal(3, brief.Issues.Count);
                Assert.Equal("delivery", brief.Skill);
                var transcript = Assert.Single(activity.Attachments!);
                Assert.Equal(EventFactory.TranscriptAttachmentName, transcript.Name);
                Assert.Contains(BotJson.Convert<Transcript>(transcript.Content)!.Activities, a => a.Text!.StartsWith("order 48213", StringComparison.Ordinal));
            })
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Equal(CaseStatus.Escalated, @case.Status);
        Assert.Equal(EscalationReason.CustomerAsked, Assert.Single(@case.Escalations).Reason);
        Assert.Equal([IssueCategory.Delivery, IssueCategory.Product, IssueCategory.Service], @case.Issues.Select(i => i.Category));
        Assert.Equal(3, @case.Steps.Count(s => s.Step == PlaybookStep.Apologize));
        CaseAssert.StepsInOrder(@case, PlaybookStep.Listen, PlaybookStep.Apologize, PlaybookStep.Escalate);
        await harness.VerifyAsync();
    }
}
