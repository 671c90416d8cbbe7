namespace BotCare.Cases.Tests;

public sealed class ConversationOwnershipTests
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AChatGoesFromTheBotToTheQueueToAnAgentAndBackWithEveryMoveRecorded()
    {
        var ownership = new ConversationOwnership();

        Assert.True(ownership.TryQueue("bot", T0, "asked for a person"));
        Assert.True(ownership.IsWithPeople);
        Assert.True(ownership.TryAssign("ana", T0.AddMinutes(2)));
        Assert.Equal(("ana", ConversationOwner.Agent), (ownership.AgentId, ownership.Owner));
        Assert.True(ownership.TryReturnToBot("ana", T0.AddMinutes(9), "replacement agreed"));

        Assert.Equal(ConversationOwner.Bot, ownership.Owner);
        Assert.Null(ownership.AgentId);
        Assert.False(ownership.IsWithPeople);
        Assert.Equal(T0.AddMinutes(9), ownership.Since);
        Assert.Equal(
            [
                new OwnershipChange(ConversationOwner.Bot, ConversationOwner.Queued, "bot", T0, "asked for a person"),
                new OwnershipChange(ConversationOwner.Queued, ConversationOwner.Agent, "ana", T0.AddMinutes(2), "claimed", "ana"),
                new OwnershipChange(ConversationOwner.Agent, ConversationOwner.Bot, "ana", T0.AddMinutes(9), "replacement agreed"),
            ],
            ownership.Changes);
    }

    [Fact]
    public void OnlyOneAgentCanTakeAWaitingChat()
    {
        var ownership = Queued();

        Assert.True(ownership.TryAssign("ana", T0));
        Assert.False(ownership.TryAssign("ben", T0));

        Assert.Equal("ana", ownership.AgentId);
        Assert.Equal(2, ownership.Changes.Count);
    }

    [Fact]
    public void OnlyTheHoldingAgentTransfersHandsBackOrClosesAChat()
    {
        var ownership = Queued();
        ownership.TryAssign("ana", T0);

        Assert.False(ownership.TryTransfer("ben", "cleo", T0, "not mine to give"));
        Assert.False(ownership.TryTransfer("ana", "ana", T0, "to myself"));
        Assert.False(ownership.TryReturnToBot("ben", T0, "not mine"));
        Assert.False(ownership.TryClose("ben", T0, "not mine"));
        Assert.Equal(2, ownership.Changes.Count);

        Assert.True(ownership.TryTransfer("ana", "ben", T0.AddMinutes(1), "billing question"));
        Assert.Equal("ben", ownership.AgentId);
        Assert.Equal(new OwnershipChange(ConversationOwner.Agent, ConversationOwner.Agent, "ana", T0.AddMinutes(1), "billing question", "ben"), ownership.Changes[^1]);
        Assert.True(ownership.TryClose("ben", T0.AddMinutes(5), "refunded"));
        Assert.Equal(ConversationOwner.Closed, ownership.Owner);
    }

    [Fact]
    public void MovesThatMakeNoSenseAreRefusedAndLeaveNothingBehind()
    {
        var ownership = new ConversationOwnership();

        Assert.False(ownership.TryAssign("ana", T0));
        Assert.False(ownership.TryReturnToBot("ana", T0, "nothing to return"));
        Assert.False(ownership.TryClose("ana", T0, "nothing to close"));
        Assert.False(ownership.TryReopen(T0));
        Assert.True(ownership.TryQueue("bot", T0, "angry"));
        Assert.False(ownership.TryQueue("bot", T0, "asked again"));

        Assert.Single(ownership.Changes);
        Assert.Equal(ConversationOwner.Queued, ownership.Owner);
    }

    [Fact]
    public void AWaitThatEndsWithoutAnAgentGoesBackToTheBotAndAClosedChatReopensWhenTheCustomerWrites()
    {
        var ownership = Queued();
        Assert.True(ownership.TryReturnToBot("system", T0, "handoff failed"));
        Assert.Equal(ConversationOwner.Bot, ownership.Owner);

        ownership.TryQueue("bot", T0, "asked again");
        Assert.True(ownership.TryClose("system", T0, "customer left"));
        Assert.True(ownership.TryReopen(T0.AddDays(1)));

        Assert.Equal(ConversationOwner.Bot, ownership.Owner);
        Assert.Equal(new OwnershipChange(ConversationOwner.Closed, ConversationOwner.Bot, "customer", T0.AddDays(1), "wrote again"), ownership.Changes[^1]);
    }

    private static ConversationOwnership Queued()
    {
        var ownership = new ConversationOwnership();
        ownership.TryQueue("bot", T0, "asked for a person");
        return ownership;
    }
}
