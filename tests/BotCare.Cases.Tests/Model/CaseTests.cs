namespace BotCare.Cases.Tests.Model;

public sealed class CaseTests
{
    [Fact]
    public void APromiseGetsAnIdFromTheCaseAndItsPlaceSoARerunTurnAddsTheSameOne()
    {
        var @case = new Case { Id = "case-1", ConversationId = "conv-1", Customer = new CustomerRef { Id = "ann", ChannelId = "webchat" } };

        var first = @case.AddCommitment(new Commitment { What = "replacement ships tomorrow" });
        var second = @case.AddCommitment(new Commitment { What = "check in next week" });

        Assert.Equal("case-1-c1", first.Id);
        Assert.Equal("case-1-c2", second.Id);
        Assert.Equal(("case-1", "conv-1", "ann", "webchat"), (first.CaseId, first.ConversationId, first.CustomerId, first.ChannelId));

        // The same case as saved, in a turn run again: the same promise, the same id.
        var rerun = CaseJson.Deserialize(CaseJson.Serialize(@case));
        rerun.Commitments.RemoveAt(1);
        Assert.Equal("case-1-c2", rerun.AddCommitment(new Commitment { What = "check in next week" }).Id);
    }

    [Fact]
    public void TheActionKeyNamesTheNextActionAndMovesOnOnceItIsRecorded()
    {
        var @case = new Case { Id = "case-1" };
        var key = @case.NextActionKey;
        Assert.Equal(key, @case.NextActionKey);

        @case.Actions.Add(new RemedyAction { Reference = "RPL-1" });

        Assert.NotEqual(key, @case.NextActionKey);
        Assert.DoesNotContain("nextActionKey", CaseJson.Serialize(@case), StringComparison.Ordinal);
    }
}
