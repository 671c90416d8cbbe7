namespace BotCare.Understanding.Tests.Issues;

public sealed class IssueSplitterTests
{
    private readonly IssueSplitter _splitter = new(ComplaintClassifier.Default);

    [Fact]
    public void ThreeProblemsInOneStoryAreThreeIssues()
    {
        var issues = _splitter.Split("order 48213 arrived a week late, half the plates were smashed, and when I called, your agent hung up on me. let me talk to a manager.");

        Assert.Equal(
            [Intent.DeliveryProblem, Intent.ProductProblem, Intent.ServiceProblem],
            issues.Select(i => i.Category));
        Assert.Equal("order 48213 arrived a week late", issues[0].Text);
        Assert.Equal("half the plates were smashed", issues[1].Text);
        Assert.Equal("when I called, your agent hung up on me", issues[2].Text);
    }

    [Fact]
    public void ItCameLateItWasBrokenAndSupportHungUp()
    {
        var issues = _splitter.Split("it came late, it was broken, and your support hung up on me");
        Assert.Equal(3, issues.Count);
        Assert.Equal(Intent.ServiceProblem, issues[2].Category);
    }

    [Fact]
    public void OneProblemToldInSeveralSentencesIsOneIssue()
    {
        var issues = _splitter.Split("The coffee machine leaks. Water everywhere on the counter every morning.");
        var issue = Assert.Single(issues);
        Assert.Equal(Intent.ProductProblem, issue.Category);
    }

    [Fact]
    public void AsksAndGreetingsAreNotIssues()
    {
        Assert.Empty(_splitter.Split("hi there"));
        Assert.Empty(_splitter.Split("I want my money back"));
    }

    [Fact]
    public void ASubordinateClauseStaysWithItsMainClause()
    {
        var clauses = IssueSplitter.Clauses("when I called, your agent hung up on me");
        Assert.Equal(["when I called, your agent hung up on me"], clauses);
    }
}
