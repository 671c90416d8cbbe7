using Microsoft.Extensions.Options;

namespace BotCare.Cases.Tests.Policy;

public sealed class RemedyPolicyTests
{
    private readonly RemedyPolicy _policy = new(Options.Create(new RemedyPolicyOptions()));

    [Fact]
    public void AReplacementForAFaultyProductInsidePolicyIsAcceptedAtOnce()
    {
        var decision = Decide("10042", IssueCategory.Product, RemedyType.Replacement);

        Assert.Equal(PolicyDecisionKind.Accept, decision.Kind);
        Assert.Equal([new RemedyItem(RemedyType.Replacement)], decision.Remedy.Items);
    }

    [Fact]
    public void LostWagesForAMissedVisitGetARebookedVisitAndTheMaximumCredit()
    {
        var decision = Decide("55001", IssueCategory.Service, RemedyType.Compensation, 500m);

        Assert.Equal(PolicyDecisionKind.CounterOffer, decision.Kind);
        Assert.Equal(PolicyReason.CompensationNotPaid, decision.Reason);
        Assert.Equal([new RemedyItem(RemedyType.Redo), new RemedyItem(RemedyType.Credit, new Money(75m, "USD"))], decision.Remedy.Items);
        Assert.Equal("I can't pay for lost wages or time", decision.Explanation);
    }

    [Fact]
    public void AskingForMoreThanWasPaidIsCounteredWithAFullRefund()
    {
        var decision = Decide("10042", IssueCategory.Product, RemedyType.Refund, 300m);

        Assert.Equal(PolicyDecisionKind.CounterOffer, decision.Kind);
        Assert.Equal(PolicyReason.MoreThanPaid, decision.Reason);
        Assert.Equal(new RemedyItem(RemedyType.Refund, new Money(129m, "USD")), decision.Remedy.Items[0]);
        Assert.Equal("I can't refund more than the $129 you paid", decision.Explanation);
    }

    [Fact]
    public void ARefundAboveTheBotsAuthorityNeedsAPerson()
    {
        var decision = Decide("90001", IssueCategory.Product, RemedyType.Refund);
        Assert.Equal(PolicyDecisionKind.NeedsPerson, decision.Kind);
        Assert.Equal(PolicyReason.NeedsApproval, decision.Reason);
    }

    [Fact]
    public void AnOutOfStockReplacementThatOnlyAPersonCouldRefundGoesToAPerson()
    {
        var decision = Decide("20555", IssueCategory.Product, RemedyType.Replacement);
        Assert.Equal(PolicyDecisionKind.NeedsPerson, decision.Kind);
    }

    [Fact]
    public void AnOldLaptopOutOfWarrantyGetsTheBestCreditInsteadOfARepair()
    {
        var decision = Decide("60010", IssueCategory.Product, RemedyType.Repair, anger: 0.2);

        Assert.Equal(PolicyDecisionKind.CounterOffer, decision.Kind);
        Assert.Equal(PolicyReason.OutOfWarranty, decision.Reason);
        Assert.Equal(new RemedyItem(RemedyType.Credit, new Money(75m, "USD")), decision.Remedy.Items[0]);
    }

    [Fact]
    public void ADoubleChargeIsRefundedByTheExtraCharge()
    {
        var decision = Decide("77120", IssueCategory.Billing, RemedyType.Refund);
        Assert.Equal(PolicyDecisionKind.Accept, decision.Kind);
        Assert.Equal(new RemedyItem(RemedyType.Refund, new Money(64.99m, "USD")), decision.Remedy.Items[0]);
    }

    [Fact]
    public void ACreditAboveTheCapIsCounteredWithTheCap()
    {
        var decision = Decide("10042", IssueCategory.Delivery, RemedyType.Credit, 200m);
        Assert.Equal(PolicyDecisionKind.CounterOffer, decision.Kind);
        Assert.Equal(PolicyReason.OverCreditCap, decision.Reason);
        Assert.Equal(new RemedyItem(RemedyType.Credit, new Money(75m, "USD")), decision.Remedy.Items[0]);
    }

    [Fact]
    public void AnOrderNotYetShippedIsCancelledAndAShippedOneCanComeBackForARefund()
    {
        Assert.Equal(PolicyDecisionKind.Accept, Decide("44001", IssueCategory.Delivery, RemedyType.Cancellation).Kind);

        var shipped = Decide("33410", IssueCategory.Delivery, RemedyType.Cancellation);
        Assert.Equal(PolicyDecisionKind.CounterOffer, shipped.Kind);
        Assert.Equal(PolicyReason.AlreadyShipped, shipped.Reason);
        Assert.Equal(new RemedyItem(RemedyType.Refund, new Money(149m, "USD")), shipped.Remedy.Items[0]);
    }

    [Fact]
    public void GeneralUnhappinessIsForAPerson()
    {
        var decision = Decide("10042", IssueCategory.General, RemedyType.Refund);
        Assert.Equal(PolicyDecisionKind.NeedsPerson, decision.Kind);
        Assert.Equal(PolicyReason.GeneralUnhappiness, decision.Reason);
    }

    [Fact]
    public void WithoutAnOrderARefundNeedsAPersonToFindIt()
    {
        var decision = _policy.Decide(Context(null, IssueCategory.Product, RemedyType.Refund));
        Assert.Equal((PolicyDecisionKind.NeedsPerson, PolicyReason.UnknownOrder), (decision.Kind, decision.Reason));
    }

    [Theory]
    [InlineData("10042", IssueCategory.Product, RemedyType.Replacement)]
    [InlineData("77120", IssueCategory.Billing, RemedyType.Refund)]
    [InlineData("55001", IssueCategory.Service, RemedyType.Redo)]
    [InlineData("33410", IssueCategory.Delivery, RemedyType.Replacement)]
    public void WithNoIdeaFromTheCustomerTheDefaultForTheSituationIsSuggested(string order, IssueCategory category, RemedyType expected)
    {
        var decision = Decide(order, category, RemedyType.None, anger: 0.1);
        Assert.Equal(PolicyDecisionKind.Accept, decision.Kind);
        Assert.Equal(PolicyReason.DefaultForSituation, decision.Reason);
        Assert.Equal(expected, decision.Remedy.PrimaryType);
    }

    [Fact]
    public void AnAngryCustomerGetsASmallCouponToComeBack()
    {
        var calm = Decide("10042", IssueCategory.Product, RemedyType.Replacement, anger: 0.2);
        var angry = Decide("10042", IssueCategory.Product, RemedyType.Replacement, anger: 0.8);

        Assert.False(calm.IncludesIncentive);
        Assert.True(angry.IncludesIncentive);
        Assert.Equal(new RemedyItem(RemedyType.Coupon, new Money(10m, "USD")), angry.Remedy.Items[^1]);
    }

    [Fact]
    public void AValuableCustomerGetsTheCouponEvenWhenCalm()
    {
        Assert.True(Decide("48213", IssueCategory.Product, RemedyType.Replacement, anger: 0.1).IncludesIncentive);
    }

    [Fact]
    public void RepeatClaimsOnTheSameOrderMakeTheBotStandFirm()
    {
        var decision = Decide("31337", IssueCategory.Product, RemedyType.Refund);
        Assert.Equal(PolicyDecisionKind.StandFirm, decision.Kind);
        Assert.False(decision.IncludesIncentive);
    }

    [Theory]
    [InlineData(CustomerClaim.NotDelivered)]
    [InlineData(CustomerClaim.ChargedTwice)]
    public void AClaimTheRecordContradictsMakesTheBotStandFirm(CustomerClaim claim)
    {
        var order = SampleOrders.Get("90001");
        var context = Context(order, IssueCategory.Delivery, RemedyType.Refund) with { Claims = [claim] };
        var decision = _policy.Decide(context);

        Assert.Equal(PolicyDecisionKind.StandFirm, decision.Kind);
        Assert.Single(_policy.AbuseSignals(context));
    }

    [Fact]
    public void DemandsThatRiseAfterEachOfferMakeTheBotHoldItsLastOffer()
    {
        var order = SampleOrders.Get("10042");
        var @case = new Case();
        var t = SampleOrders.Now;
        @case.RequestRemedy(new RemedyRequest { Type = RemedyType.Credit, Amount = new Money(50, "USD"), At = t });
        @case.Offers.Add(new Offer { Kind = OfferKind.Accepted, Remedy = new Remedy(new RemedyItem(RemedyType.Credit, new Money(50, "USD"))), At = t.AddMinutes(1) });
        @case.RequestRemedy(new RemedyRequest { Type = RemedyType.Credit, Amount = new Money(80, "USD"), At = t.AddMinutes(2) });
        @case.Offers.Add(new Offer { Kind = OfferKind.CounterOffer, Remedy = new Remedy(new RemedyItem(RemedyType.Credit, new Money(75, "USD"))), At = t.AddMinutes(3) });
        var third = new RemedyRequest { Type = RemedyType.Credit, Amount = new Money(150, "USD"), At = t.AddMinutes(4) };
        @case.RequestRemedy(third);

        var decision = _policy.Decide(new RemedyContext { Request = third, Category = IssueCategory.Delivery, Order = order, Case = @case, Now = t.AddMinutes(5) });

        Assert.Equal(PolicyDecisionKind.StandFirm, decision.Kind);
        Assert.Equal(new RemedyItem(RemedyType.Credit, new Money(75, "USD")), Assert.Single(decision.Remedy.Items));
    }

    [Fact]
    public void ASingleHigherAskAfterAnOfferIsStillGoodFaith()
    {
        var order = SampleOrders.Get("10042");
        var @case = new Case();
        var t = SampleOrders.Now;
        @case.RequestRemedy(new RemedyRequest { Type = RemedyType.Credit, Amount = new Money(20, "USD"), At = t });
        @case.Offers.Add(new Offer { Kind = OfferKind.Accepted, Remedy = new Remedy(new RemedyItem(RemedyType.Credit, new Money(20, "USD"))), At = t.AddMinutes(1) });
        var second = new RemedyRequest { Type = RemedyType.Credit, Amount = new Money(40, "USD"), At = t.AddMinutes(2) };
        @case.RequestRemedy(second);

        var decision = _policy.Decide(new RemedyContext { Request = second, Category = IssueCategory.Delivery, Order = order, Case = @case, Now = t.AddMinutes(3) });
        Assert.Equal(PolicyDecisionKind.Accept, decision.Kind);
    }

    [Fact]
    public void LimitsComeFromConfiguration()
    {
        var generous = new RemedyPolicy(Options.Create(new RemedyPolicyOptions { Approval = new ApprovalRules { RefundAbove = 500m } }));
        var decision = generous.Decide(Context(SampleOrders.Get("90001"), IssueCategory.Product, RemedyType.Refund));
        Assert.Equal(PolicyDecisionKind.Accept, decision.Kind);
    }

    private PolicyDecision Decide(string order, IssueCategory category, RemedyType type, decimal? amount = null, double anger = 0.3) =>
        _policy.Decide(Context(SampleOrders.Get(order), category, type, amount, anger));

    private static RemedyContext Context(OrderRecord? order, IssueCategory category, RemedyType type, decimal? amount = null, double anger = 0.3) => new()
    {
        Request = new RemedyRequest { Type = type, Amount = amount is null ? null : new Money(amount.Value, "USD"), At = SampleOrders.Now },
        Category = category,
        Order = order,
        Anger = anger,
        Now = SampleOrders.Now,
    };
}
