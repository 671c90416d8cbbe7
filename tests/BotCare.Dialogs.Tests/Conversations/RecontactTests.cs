namespace BotCare.Dialogs.Tests.Conversations;

/// <summary>
/// A customer back about the same order within the recontact window: the first remedy did not put it right, so the
/// earlier case is linked and a person takes over with priority instead of the bot starting the playbook again.
/// </summary>
public sealed class RecontactTests
{
    private static async Task<Case> EarlierCaseAsync(RecoveryHarness harness, int daysAgo)
    {
        var at = harness.Clock.GetUtcNow().AddDays(-daysAgo);
        var earlier = new Case
        {
            ConversationId = "an-earlier-chat",
            Customer = new CustomerRef { Id = "visitor-1", ChannelId = Channels.Webchat },
            OrderNumber = "10042",
            Status = CaseStatus.Closed,
            CreatedAt = at,
            UpdatedAt = at.AddHours(1),
        };
        earlier.Issues.Add(new Issue { Description = "the headphones stopped charging", Category = IssueCategory.Product, RaisedAt = at });
        earlier.RecordStep(PlaybookStep.Listen, at);
        earlier.RecordStep(PlaybookStep.Close, at.AddHours(1));
        await harness.Cases.SaveAsync(earlier);
        return earlier;
    }

    [Fact]
    public async Task ASecondComplaintAboutTheSameOrderLinksTheEarlierCaseAndGoesToAPersonAheadOfTheQueue()
    {
        await using var harness = new RecoveryHarness();
        var earlier = await EarlierCaseAsync(harness, daysAgo: 10);
        await harness.Flow()
            .Send("the replacement headphones from order 10042 stopped charging too")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", EscalationTests.Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply(reply =>
            {
                var text = EscalationTests.Text(reply);
                Assert.StartsWith("I can see you've been in touch about this order before, and I'm sorry it still isn't right. I'll bring in a colleague straight away, ahead of the queue.", text, StringComparison.Ordinal);
                Assert.EndsWith("Is that right?", text, StringComparison.Ordinal);
            })
            .Send("yes")
            .AssertReply(reply => Assert.StartsWith("Thanks. I've passed this", EscalationTests.Text(reply), StringComparison.Ordinal))
            .AssertReply(reply =>
            {
                EscalationTests.IsHandoff(reply, EscalationReason.Recontact);
                Assert.Equal([earlier.Id], BotJson.Convert<CaseBrief>(((Activity)reply).Value)!.LinkedCaseIds);
            })
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.NotEqual(earlier.Id, @case.Id);
        Assert.Equal([earlier.Id], @case.LinkedCaseIds);
        Assert.Equal(EscalationReason.Recontact, Assert.Single(@case.Escalations).Reason);
        Assert.Equal($"Contacted about order 10042 before ({earlier.Id}).", @case.Escalations[0].Detail);
        await harness.VerifyAsync();
    }

    [Fact]
    public async Task AComplaintAboutTheSameOrderAfterTheWindowIsAFirstContact()
    {
        await using var harness = new RecoveryHarness();
        await EarlierCaseAsync(harness, daysAgo: 45);
        await harness.Flow()
            .Send("the headphones from order 10042 stopped charging")
            .AssertReply(reply => Assert.EndsWith("Is there anything else that went wrong?", EscalationTests.Text(reply), StringComparison.Ordinal))
            .Send("no")
            .AssertReply("Let me make sure I have it right: the headphones from order 10042 stopped charging. Is that right?")
            .StartTestAsync();

        var @case = await harness.CaseAsync();
        Assert.Empty(@case.LinkedCaseIds);
        Assert.Empty(@case.Escalations);
    }
}
