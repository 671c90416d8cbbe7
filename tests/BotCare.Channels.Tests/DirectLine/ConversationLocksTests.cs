namespace BotCare.Channels.Tests.DirectLine;

public sealed class ConversationLocksTests
{
    [Fact]
    public async Task TurnsInOneConversationWaitForEachOtherAndOthersDoNot()
    {
        var locks = new ConversationLocks();
        var first = await locks.AcquireAsync("c1");

        var second = locks.AcquireAsync("c1");
        var elsewhere = locks.AcquireAsync("c2");

        Assert.False(second.IsCompleted);
        Assert.True(elsewhere.IsCompletedSuccessfully);
        first.Dispose();
        (await second.WaitAsync(TimeSpan.FromSeconds(5))).Dispose();
        (await elsewhere).Dispose();
    }

    [Fact]
    public async Task IdleConversationsHoldNothing()
    {
        var locks = new ConversationLocks();
        using (await locks.AcquireAsync("c1"))
        {
            Assert.Equal(1, locks.ActiveCount);
        }

        Assert.Equal(0, locks.ActiveCount);
    }

    [Fact]
    public async Task AWaiterThatGivesUpDoesNotBlockTheNextOne()
    {
        var locks = new ConversationLocks();
        var held = await locks.AcquireAsync("c1");
        using var cancel = new CancellationTokenSource();
        var impatient = locks.AcquireAsync("c1", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);

        held.Dispose();
        using var next = await locks.AcquireAsync("c1").WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(1, locks.ActiveCount);
    }
}
