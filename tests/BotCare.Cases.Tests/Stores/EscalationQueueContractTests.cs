namespace BotCare.Cases.Tests.Stores;

/// <summary>
/// What every <see cref="IEscalationQueue"/> must do. Each provider's tests derive from this (the SQLite and
/// PostgreSQL test projects compile this file in), so the queue behaves the same on every store.
/// </summary>
public abstract class EscalationQueueContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty queue.</summary>
    protected abstract IEscalationQueue CreateQueue();

    /// <summary>Another instance over the same data as <paramref name="queue"/>, as a second BotCare process would have.</summary>
    protected abstract IEscalationQueue OpenAnother(IEscalationQueue queue);

    private static QueueEntry Entry(string conversation, string skill = "product", double rank = 1, int minutes = 0, string customer = "u1") => new()
    {
        ConversationId = conversation,
        ChannelId = "directline",
        CaseId = "case-" + conversation,
        CustomerId = customer,
        CustomerName = "Dana",
        Skill = skill,
        Reason = EscalationReason.CustomerAsked,
        Anger = 0.8,
        CustomerValue = 0.4,
        Rank = rank,
        EnqueuedAt = Now.AddMinutes(minutes),
    };

    [Fact]
    public async Task KeepsEveryFieldOfAnEntryAndStartsItWaiting()
    {
        var queue = CreateQueue();
        var entry = Entry("c1");
        entry.CustomerName = "O'Brien \"; DROP TABLE escalation_queue; --";
        entry.BriefJson = """{"summary":"plates smashed"}""";
        entry.ConversationReferenceJson = """{"serviceUrl":"https://example.test/"}""";
        entry.Status = QueueStatus.Assigned;
        entry.AgentId = "ignored";

        var stored = await queue.EnqueueAsync(entry);
        var read = (await queue.GetAsync("c1"))!;

        Assert.Equal(QueueStatus.Waiting, stored.Status);
        Assert.Null(stored.AgentId);
        Assert.Equal(1, stored.Version);
        Assert.NotSame(stored, read);
        Assert.Equal(entry.CustomerName, read.CustomerName);
        Assert.Equal(entry.BriefJson, read.BriefJson);
        Assert.Equal(entry.ConversationReferenceJson, read.ConversationReferenceJson);
        Assert.Equal(EscalationReason.CustomerAsked, read.Reason);
        Assert.Equal((0.8, 0.4, 1.0), (read.Anger, read.CustomerValue, read.Rank));
        Assert.Equal(Now, read.EnqueuedAt);
        Assert.Equal(QueueStatus.Waiting, read.Status);
        Assert.Null(await queue.GetAsync("nope"));
    }

    [Fact]
    public async Task EnqueueingAnOpenEntryAgainChangesNothingButAClosedOneStartsANewWait()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("c1", "product"));
        await queue.TryAssignAsync("c1", "agent-a", Now.AddMinutes(1));

        var again = await queue.EnqueueAsync(Entry("c1", "billing", minutes: 5));

        Assert.Equal((QueueStatus.Assigned, "agent-a", "product"), (again.Status, again.AgentId, again.Skill));
        Assert.Equal("product", (await queue.GetAsync("c1"))!.Skill);

        Assert.True(await queue.CloseAsync("c1", Now.AddMinutes(6)));
        var renewed = await queue.EnqueueAsync(Entry("c1", "billing", minutes: 7));

        Assert.Equal((QueueStatus.Waiting, "billing", (string?)null, (DateTimeOffset?)null), (renewed.Status, renewed.Skill, renewed.AgentId, renewed.ClosedAt));
        Assert.True(renewed.Version > again.Version);
        Assert.Equal(Now.AddMinutes(7), (await queue.GetAsync("c1"))!.EnqueuedAt);
    }

    [Fact]
    public async Task ListsHighestRankFirstThenLongestWaitingAndFiltersBySkillStatusAndAgent()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("low-old", rank: 1, minutes: 0));
        await queue.EnqueueAsync(Entry("high", rank: 5, minutes: 3));
        await queue.EnqueueAsync(Entry("low-new", rank: 1, minutes: 2));
        await queue.EnqueueAsync(Entry("bill", "Billing", rank: 9, minutes: 1));
        await queue.TryAssignAsync("bill", "agent-b", Now.AddMinutes(4));

        Assert.Equal(["bill", "high", "low-old", "low-new"], (await queue.ListAsync(new QueueQuery())).Select(e => e.ConversationId));
        Assert.Equal(["high", "low-old", "low-new"], (await queue.ListAsync(new QueueQuery { Status = QueueStatus.Waiting })).Select(e => e.ConversationId));
        Assert.Equal(["bill"], (await queue.ListAsync(new QueueQuery { Skills = ["billing"] })).Select(e => e.ConversationId));
        Assert.Equal(["bill", "high"], (await queue.ListAsync(new QueueQuery { Skills = ["BILLING", "product"], Limit = 2 })).Select(e => e.ConversationId));
        Assert.Equal(["bill"], (await queue.ListAsync(new QueueQuery { AgentId = "agent-b" })).Select(e => e.ConversationId));
        Assert.Empty(await queue.ListAsync(new QueueQuery { AgentId = "agent-z" }));
    }

    [Fact]
    public async Task WaitingTimesInAnyOffsetAreOrderedAsInstants()
    {
        // Entered at 08:50 in New York (13:50 UTC): after the 13:40 UTC customer, before the 14:00 UTC one.
        var queue = CreateQueue();
        var newYork = Entry("ny");
        newYork.EnqueuedAt = new DateTimeOffset(2026, 12, 7, 8, 50, 0, TimeSpan.FromHours(-5));
        var earlier = Entry("earlier");
        earlier.EnqueuedAt = new DateTimeOffset(2026, 12, 7, 13, 40, 0, TimeSpan.Zero);
        var later = Entry("later");
        later.EnqueuedAt = new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.FromHours(1));
        await queue.EnqueueAsync(newYork);
        await queue.EnqueueAsync(earlier);
        await queue.EnqueueAsync(later);

        Assert.Equal(["earlier", "ny", "later"], (await queue.ListAsync(new QueueQuery())).Select(e => e.ConversationId));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 13, 50, 0, TimeSpan.Zero), (await queue.GetAsync("ny"))!.EnqueuedAt);
    }

    [Fact]
    public async Task PositionCountsOnlyThoseWaitingForTheSameSkillAheadOfTheCustomer()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("first", minutes: 0));
        await queue.EnqueueAsync(Entry("second", minutes: 1));
        await queue.EnqueueAsync(Entry("urgent", rank: 3, minutes: 2));
        await queue.EnqueueAsync(Entry("billing", "billing", rank: 9, minutes: 0));

        var positions = await Task.WhenAll(new[] { "first", "second", "urgent", "billing" }.Select(c => queue.PositionAsync(c)));
        Assert.Equal([2, 3, 1, 1], positions);

        await queue.TryAssignAsync("urgent", "agent-a", Now.AddMinutes(3));

        Assert.Equal(0, await queue.PositionAsync("urgent"));
        Assert.Equal(1, await queue.PositionAsync("first"));
        Assert.Equal(2, await queue.PositionAsync("second"));
        Assert.Equal(0, await queue.PositionAsync("unknown"));
    }

    [Fact]
    public async Task AssignTransferReleaseAndCloseOnlyFromTheRightState()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("c1"));

        var assigned = await queue.TryAssignAsync("c1", "agent-a", Now.AddMinutes(1));
        Assert.Equal((QueueStatus.Assigned, "agent-a", (DateTimeOffset?)Now.AddMinutes(1)), (assigned!.Status, assigned.AgentId, assigned.AssignedAt));
        Assert.Null(await queue.TryAssignAsync("c1", "agent-b", Now.AddMinutes(2)));
        Assert.Null(await queue.TryTransferAsync("c1", "agent-b", "agent-c", Now.AddMinutes(2)));
        Assert.Null(await queue.TryReleaseAsync("c1", "agent-b"));
        Assert.Equal(1, await queue.CountAssignedAsync("agent-a"));

        var transferred = await queue.TryTransferAsync("c1", "agent-a", "agent-b", Now.AddMinutes(3));
        Assert.Equal("agent-b", transferred!.AgentId);
        Assert.Equal((0, 1), (await queue.CountAssignedAsync("agent-a"), await queue.CountAssignedAsync("agent-b")));

        var released = await queue.TryReleaseAsync("c1", "agent-b");
        Assert.Equal((QueueStatus.Waiting, (string?)null, Now), (released!.Status, released.AgentId, released.EnqueuedAt));
        Assert.Equal(1, await queue.PositionAsync("c1"));
        Assert.True(released.Version > transferred.Version && transferred.Version > assigned.Version);

        Assert.True(await queue.CloseAsync("c1", Now.AddMinutes(9)));
        Assert.False(await queue.CloseAsync("c1", Now.AddMinutes(10)));
        Assert.False(await queue.CloseAsync("unknown", Now));
        Assert.Null(await queue.TryAssignAsync("c1", "agent-a", Now.AddMinutes(11)));
        var closed = (await queue.GetAsync("c1"))!;
        Assert.Equal((QueueStatus.Closed, (DateTimeOffset?)Now.AddMinutes(9)), (closed.Status, closed.ClosedAt));
    }

    [Fact]
    public async Task SixteenAgentsClaimingOneChatAtOnceFromSeveralInstancesGetExactlyOneWinner()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("contested"));
        var instances = Enumerable.Range(0, 4).Select(_ => OpenAnother(queue)).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i =>
            Task.Run(() => instances[i % instances.Count].TryAssignAsync("contested", $"agent-{i}", Now.AddSeconds(i)))));

        var winner = Assert.Single(results, r => r is not null)!;
        Assert.Equal(winner.AgentId, (await queue.GetAsync("contested"))!.AgentId);
        Assert.Equal(1, await queue.CountAssignedAsync(winner.AgentId!));
    }

    [Fact]
    public async Task EnqueueingOneConversationFromSeveralInstancesAtOnceStoresOneEntry()
    {
        var queue = CreateQueue();
        var instances = Enumerable.Range(0, 4).Select(_ => OpenAnother(queue)).ToList();

        var stored = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            Task.Run(() => instances[i % instances.Count].EnqueueAsync(Entry("re-run", minutes: i)))));

        var entry = Assert.Single(await queue.ListAsync(new QueueQuery()));
        Assert.Equal(1, entry.Version);
        Assert.All(stored, s => Assert.Equal(entry.EnqueuedAt, s.EnqueuedAt));
    }

    [Fact]
    public async Task ErasingACustomerRemovesOnlyTheirEntries()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("a1", customer: "u1"));
        await queue.EnqueueAsync(Entry("a2", customer: "u1"));
        await queue.EnqueueAsync(Entry("b1", customer: "u2"));

        Assert.Equal(2, await queue.DeleteByCustomerAsync("u1"));
        Assert.Equal(0, await queue.DeleteByCustomerAsync("u1"));
        Assert.Equal(["b1"], (await queue.ListAsync(new QueueQuery())).Select(e => e.ConversationId));
    }

    [Fact]
    public async Task DeletingAConversationsEntryRemovesItWhateverItsStatusAndOnlyIt()
    {
        var queue = CreateQueue();
        await queue.EnqueueAsync(Entry("a1"));
        await queue.EnqueueAsync(Entry("b1"));
        Assert.NotNull(await queue.TryAssignAsync("a1", "ana", Now));

        Assert.True(await queue.DeleteAsync("a1"));
        Assert.False(await queue.DeleteAsync("a1"));
        Assert.Null(await queue.GetAsync("a1"));
        Assert.Equal(0, await queue.CountAssignedAsync("ana"));
        Assert.Equal(["b1"], (await queue.ListAsync(new QueueQuery())).Select(e => e.ConversationId));
    }
}
