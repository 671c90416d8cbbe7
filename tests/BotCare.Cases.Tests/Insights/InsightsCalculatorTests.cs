namespace BotCare.Cases.Tests.Insights;

/// <summary>Every figure of the report against values worked out by hand from <see cref="SeededCases"/>.</summary>
public sealed class InsightsCalculatorTests
{
    private static readonly InsightsReport Report =
        InsightsCalculator.Compute(SeededCases.Period, SeededCases.Cases(), SeededCases.Commitments(), SeededCases.Now);

    [Fact]
    public void CountsOnlyTheCasesCreatedOnTheDaysOfThePeriod()
    {
        // A to H; I (midnight after the last day) and J (a minute before the first) are outside.
        Assert.Equal(8, Report.Cases);
        Assert.Equal(["2026-W45", "2026-W46"], Report.Weeks);
        Assert.Equal(SeededCases.Now, Report.ComputedAt);
    }

    [Fact]
    public void ContainmentIsTheShareResolvedOrClosedWithoutAnEscalation()
    {
        // A, C, E and G; B and D were escalated, F is with a person, H is still open.
        Assert.Equal(4, Report.Contained);
        Assert.Equal(0.5, Report.ContainmentRate);
    }

    [Fact]
    public void RecontactRateIsTheShareOfCasesLinkedToAnEarlierOne()
    {
        Assert.Equal(2, Report.Recontacts);
        Assert.Equal(0.25, Report.RecontactRate);
    }

    [Fact]
    public void EscalationRateCountsCasesAndEachReasonCountsACaseOnce()
    {
        // B, D and F of 8; D was escalated twice, for two reasons. I's abuse escalation is outside the period.
        Assert.Equal(3, Report.Escalations.Escalated);
        Assert.Equal(0.375, Report.Escalations.Rate);
        Assert.Equal([new NamedCount("CustomerAsked", 3), new NamedCount("AngerRising", 1)], Report.Escalations.Reasons);
    }

    [Fact]
    public void CountsEachIssueUnderItsCategoryPerWeekOfTheCase()
    {
        var byCategory = Report.Problems.ByCategory;

        Assert.Equal(9, Report.Problems.Issues);
        Assert.Equal(["Delivery", "Product", "Billing", "General", "Service"], byCategory.Select(g => g.Label));
        Assert.Equal([3, 3, 1, 1, 1], byCategory.Select(g => g.Count));
        Assert.Equal([2, 1], byCategory[0].PerWeek);
        Assert.Equal([2, 1], byCategory[1].PerWeek);
        Assert.Equal([1, 0], byCategory[2].PerWeek);
        Assert.Equal([0, 1], byCategory[3].PerWeek);
        Assert.Equal([0, 1], byCategory[4].PerWeek);
    }

    [Fact]
    public void GroupsProductsAndRootCausesIgnoringCaseAndSpacing()
    {
        // "kettle  x2" is Kettle X2, "carrier delay " is Carrier delay; the most frequent spelling is shown.
        var products = Report.Problems.ByProduct;
        Assert.Equal(["Kettle X2", "Toaster T1"], products.Select(g => g.Label));
        Assert.Equal([3, 2], products.Select(g => g.Count));
        Assert.Equal([2, 1], products[0].PerWeek);
        Assert.Equal([1, 1], products[1].PerWeek);

        var causes = Report.Problems.ByRootCause;
        Assert.Equal(["Carrier delay", "Payment gateway retry", "Picking error"], causes.Select(g => g.Label));
        Assert.Equal([3, 1, 1], causes.Select(g => g.Count));
        Assert.Equal([2, 1], causes[0].PerWeek);
        Assert.Equal(3, Report.Problems.WithoutRootCause);
    }

    [Fact]
    public void CsatCountsScoresPerValueAveragesThemAndSharesOfCasesAskedThatAnswered()
    {
        // Asked: A, B, C (no answer), D, G by follow-up and E, which has a score without one. Scores 5, 2, 1, 4, 5.
        var csat = Report.Csat;

        Assert.Equal(6, csat.Asked);
        Assert.Equal(5, csat.Responses);
        Assert.Equal(5.0 / 6, csat.ResponseRate!.Value, 10);
        Assert.Equal([1, 1, 0, 1, 2], csat.Distribution);
        Assert.Equal(3.4, csat.Average!.Value, 10);
        Assert.Equal(["2026-W45", "2026-W46"], csat.Trend.Select(t => t.Week));
        Assert.Equal([3, 2], csat.Trend.Select(t => t.Responses));
        Assert.Equal(8.0 / 3, csat.Trend[0].Average!.Value, 10);
        Assert.Equal(4.5, csat.Trend[1].Average!.Value, 10);
    }

    [Fact]
    public void TimeToResolutionRunsToTheFirstRemedyActionOrTheClose()
    {
        // Hours: A 2, B 5, C 10 (closed, nothing done), D 24 (first of two actions; closed at 48), E 3, G 1; F and H
        // are unresolved. Sorted 1 2 3 5 10 24: median (3 + 5) / 2, p90 the 6th of 6 (rank ⌈5.4⌉).
        Assert.Equal(6, Report.Resolution.Resolved);
        Assert.Equal(4.0, Report.Resolution.MedianHours);
        Assert.Equal(24.0, Report.Resolution.P90Hours);
    }

    [Fact]
    public void RemedyCostSumsTheActionsAmountsPerTypeAndCurrency()
    {
        var lines = Report.RemedyCosts;

        Assert.Equal([RemedyType.Refund, RemedyType.Replacement, RemedyType.Credit, RemedyType.Coupon], lines.Select(l => l.Type));
        Assert.Equal([3, 2, 1, 1], lines.Select(l => l.Actions));
        Assert.Equal([new Money(35m, "USD"), new Money(30m, "EUR")], lines[0].Amounts);
        Assert.Empty(lines[1].Amounts);
        Assert.Equal([new Money(10m, "EUR")], lines[2].Amounts);
        Assert.Equal([new Money(5m, "USD")], lines[3].Amounts);
    }

    [Fact]
    public void CommitmentsKeptByTheirDueTimeCountAsOnTimeAndLateOrBrokenOrOverdueOnesDoNot()
    {
        // A's two were kept before and exactly at the due time; B's an hour late; D's broken; E's open past due at the
        // report's time; G's open and not due; F's cancelled; I's and the caseless one are not of the period's cases.
        var commitments = Report.Commitments;

        Assert.Equal(2, commitments.KeptOnTime);
        Assert.Equal(1, commitments.KeptLate);
        Assert.Equal(1, commitments.Broken);
        Assert.Equal(1, commitments.OpenOverdue);
        Assert.Equal(1, commitments.OpenOnTrack);
        Assert.Equal(0.4, commitments.OnTimeRate);
    }

    [Fact]
    public void GroupsAvoidanceIdeasByMainCategoryCountingTheSameIdeaWrittenDifferentlyTogether()
    {
        // "Ship it on time!" (A) and "ship on time" (B) are one Delivery idea; G's same words are under Product, its
        // main category. H's "!!!" says nothing.
        var groups = Report.AvoidanceIdeas;

        Assert.Equal([IssueCategory.Delivery, IssueCategory.Product, IssueCategory.Service, IssueCategory.Billing], groups.Select(g => g.Category));
        Assert.Equal([3, 1, 1, 1], groups.Select(g => g.Count));
        Assert.Equal([new AvoidanceIdeaCount("Ship it on time!", 2), new AvoidanceIdeaCount("Use a better courier", 1)], groups[0].Ideas);
        Assert.Equal([new AvoidanceIdeaCount("ship it on time", 1)], groups[1].Ideas);
        Assert.Equal([new AvoidanceIdeaCount("Train the staff", 1)], groups[2].Ideas);
        Assert.Equal([new AvoidanceIdeaCount("Check the charges before billing", 1)], groups[3].Ideas);
    }

    [Theory]
    [InlineData("Pack the parcels properly!", "pack parcel")]
    [InlineData("  You could have CALLED me before.", "called before")]
    [InlineData("Vérifiez l'ADRESSE", "vérifiez l adresse")]
    [InlineData("Check the address", "check address")]
    [InlineData("...", "")]
    public void NormalizesAnIdeaToItsWordsThatCarryMeaning(string idea, string expected) =>
        Assert.Equal(expected, AvoidanceIdeas.Normalize(idea));

    [Fact]
    public void APeriodWithoutCasesHasZeroCountsAndNoRates()
    {
        var empty = InsightsCalculator.Compute(SeededCases.Period, [], SeededCases.Commitments(), SeededCases.Now);

        Assert.Equal(0, empty.Cases);
        Assert.Null(empty.ContainmentRate);
        Assert.Null(empty.Escalations.Rate);
        Assert.Null(empty.Csat.Average);
        Assert.Equal([0, 0, 0, 0, 0], empty.Csat.Distribution);
        Assert.Null(empty.Resolution.MedianHours);
        Assert.Null(empty.Commitments.OnTimeRate);
        Assert.Empty(empty.AvoidanceIdeas);
        Assert.Equal([null, null], empty.Csat.Trend.Select(t => t.Average));
    }

    [Fact]
    public void WeeksFollowIsoNumberingAcrossTheTurnOfTheYear()
    {
        // 2026 has 53 ISO weeks (it starts on a Thursday); Monday 4 January 2027 starts 2027-W01.
        var period = new InsightsPeriod(new DateOnly(2026, 12, 30), new DateOnly(2027, 1, 12));

        Assert.Equal(["2026-W53", "2027-W01", "2027-W02"], period.Weeks().Select(w => w.Label));
        Assert.Equal(new DateOnly(2026, 12, 28), period.Weeks()[0].Monday);
        Assert.Throws<ArgumentException>(() => new InsightsPeriod(new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 1)));
    }
}
