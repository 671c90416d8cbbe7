namespace BotCare.Handoff.Tests;

public sealed class QueuePriorityTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);
    private static readonly HandoffOptions Options = new() { AngerMinutes = 20, CustomerValueMinutes = 10, HighValueCustomerAt = 2000m };

    [Fact]
    public void PriorityCountsAsMinutesAlreadyWaited()
    {
        var furiousNow = QueuePriority.Rank(anger: 1, customerValue: 0, T0, Options);
        var calmTwentyMinutesAgo = QueuePriority.Rank(anger: 0, customerValue: 0, T0.AddMinutes(-20), Options);
        var valuedTenMinutesLater = QueuePriority.Rank(anger: 0, customerValue: 1, T0.AddMinutes(10), Options);

        Assert.Equal(calmTwentyMinutesAgo, furiousNow, precision: 6);
        Assert.Equal(QueuePriority.Rank(0, 0, T0, Options), valuedTenMinutesLater, precision: 6);
    }

    [Fact]
    public void SomeoneWhoWaitsLongEnoughIsServedBeforeAnyNewcomer()
    {
        var calmEarly = QueuePriority.Rank(anger: 0, customerValue: 0, T0, Options);
        var furiousAndValuedLater = QueuePriority.Rank(anger: 1, customerValue: 1, T0.AddMinutes(31), Options);

        Assert.True(calmEarly > furiousAndValuedLater);
    }

    [Theory]
    [InlineData(0, 0.0)]
    [InlineData(500, 0.25)]
    [InlineData(2000, 1.0)]
    [InlineData(90000, 1.0)]
    public void CustomerValueIsLifetimeSpendAgainstTheHighValueMark(int lifetime, double expected)
    {
        var order = new OrderRecord { OrderNumber = "1", CustomerLifetimeValue = lifetime };

        Assert.Equal(expected, QueuePriority.CustomerValue(order, Options), precision: 6);
    }

    [Fact]
    public void AnUnknownOrderAddsNoValueAndOutOfRangeInputsAreClamped()
    {
        Assert.Equal(0, QueuePriority.CustomerValue(null, Options));
        Assert.Equal(QueuePriority.Rank(1, 1, T0, Options), QueuePriority.Rank(7, 3, T0, Options), precision: 6);
    }

    [Fact]
    public void ARepeatContactIsServedAsIfItHadWaitedTheRepeatContactMinutesLonger()
    {
        var options = new HandoffOptions { AngerMinutes = 20, CustomerValueMinutes = 10, RepeatContactMinutes = 30 };
        var cameBackNow = QueuePriority.Rank(anger: 0, customerValue: 0, T0, options, repeatContact: true);
        var newcomerHalfAnHourAgo = QueuePriority.Rank(anger: 0, customerValue: 0, T0.AddMinutes(-30), options);

        Assert.Equal(newcomerHalfAnHourAgo, cameBackNow, precision: 6);
    }

    [Theory]
    [InlineData(EscalationReason.Recontact, false, true)]
    [InlineData(EscalationReason.NotSatisfiedAfterFollowUp, false, true)]
    [InlineData(EscalationReason.CustomerAsked, true, true)]
    [InlineData(EscalationReason.CustomerAsked, false, false)]
    public void RepeatContactsAreTheSameOrderAgainOrStillNotSatisfied(EscalationReason reason, bool linked, bool repeat)
    {
        var brief = new CaseBrief { CaseId = "case-2", Reason = reason, LinkedCaseIds = linked ? ["case-1"] : [] };

        Assert.Equal(repeat, QueuePriority.IsRepeatContact(brief));
    }
}
