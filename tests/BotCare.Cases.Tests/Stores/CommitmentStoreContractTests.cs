using System.Collections.Concurrent;

namespace BotCare.Cases.Tests.Stores;

/// <summary>
/// What every <see cref="ICommitmentStore"/> must do. Each provider's tests derive from this (the SQLite and
/// PostgreSQL test projects compile this file in), so the ledger behaves the same on every store.
/// </summary>
public abstract class CommitmentStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    /// <summary>A new, empty ledger.</summary>
    protected abstract ICommitmentStore CreateStore();

    /// <summary>Another instance over the same data as <paramref name="store"/>, as a second BotCare process would have.</summary>
    protected abstract ICommitmentStore OpenAnother(ICommitmentStore store);

    private static Commitment Promise(string id, int dueInMinutes, CommitmentKind kind = CommitmentKind.FollowUp, string customer = "u1") => new()
    {
        Id = id,
        What = "check the replacement arrived",
        Kind = kind,
        DueAt = Now.AddMinutes(dueInMinutes),
        CreatedAt = Now.AddHours(-1),
        CaseId = "case-" + customer,
        ConversationId = "conv-" + customer,
        CustomerId = customer,
        ChannelId = "msteams",
    };

    [Fact]
    public async Task AddingKeepsEveryFieldAndAddingTheSameIdAgainKeepsTheFirst()
    {
        var store = CreateStore();
        var first = Promise("p1", 30);
        first.What = "refund \"$40\"; DROP TABLE commitments; --";

        var stored = await store.AddAsync(first);
        var again = Promise("p1", 90);
        again.What = "something else";
        var second = await store.AddAsync(again);
        var read = (await store.GetAsync("p1"))!;

        Assert.Equal(1, stored.Version);
        Assert.Equal(first.What, second.What);
        Assert.Equal(first.What, read.What);
        Assert.Equal((CommitmentKind.FollowUp, CommitmentStatus.Open, "bot", "msteams"), (read.Kind, read.Status, read.Owner, read.ChannelId));
        Assert.Equal((Now.AddMinutes(30), Now.AddHours(-1)), (read.DueAt, read.CreatedAt));
        Assert.Equal(("case-u1", "conv-u1", "u1"), (read.CaseId, read.ConversationId, read.CustomerId));
        Assert.Null(await store.GetAsync("nope"));
    }

    [Fact]
    public async Task SavingChecksTheVersionSoAnOlderCopyCannotOverwriteANewerOne()
    {
        var store = CreateStore();
        await store.AddAsync(Promise("p1", 30));
        var mine = (await store.GetAsync("p1"))!;
        var theirs = (await store.GetAsync("p1"))!;

        mine.Owner = "team-billing";
        mine.AtRiskNotifiedAt = Now;
        Assert.True(await store.TrySaveAsync(mine));
        Assert.Equal(2, mine.Version);

        theirs.Owner = "agent-x";
        Assert.False(await store.TrySaveAsync(theirs));
        Assert.False(await store.TrySaveAsync(Promise("never-added", 1)));

        var read = (await store.GetAsync("p1"))!;
        Assert.Equal(("team-billing", (DateTimeOffset?)Now, 2L), (read.Owner, read.AtRiskNotifiedAt, read.Version));
        Assert.Equal(["p1"], (await store.ListAsync(new CommitmentQuery { Owner = "team-billing" })).Select(c => c.Id));
    }

    [Fact]
    public async Task ListsEarliestDueFirstAndFiltersByEveryField()
    {
        var store = CreateStore();
        await store.AddAsync(Promise("late", 60));
        await store.AddAsync(Promise("soon", 10, CommitmentKind.Promise));
        await store.AddAsync(Promise("other", 20, customer: "u2"));
        await store.TryCompleteAsync("other", CommitmentStatus.Kept, Now, "agent-a");

        Assert.Equal(["soon", "other", "late"], (await store.ListAsync(new CommitmentQuery())).Select(c => c.Id));
        Assert.Equal(["soon", "late"], (await store.ListAsync(new CommitmentQuery { Status = CommitmentStatus.Open })).Select(c => c.Id));
        Assert.Equal(["late"], (await store.ListAsync(new CommitmentQuery { Kind = CommitmentKind.FollowUp, CustomerId = "u1" })).Select(c => c.Id));
        Assert.Equal(["other"], (await store.ListAsync(new CommitmentQuery { CaseId = "case-u2" })).Select(c => c.Id));
        Assert.Equal(["soon", "other"], (await store.ListAsync(new CommitmentQuery { DueBefore = Now.AddMinutes(20) })).Select(c => c.Id));
        Assert.Equal(["soon"], (await store.ListAsync(new CommitmentQuery { Limit = 1 })).Select(c => c.Id));
    }

    [Fact]
    public async Task ClaimingLeasesOnlyOpenDueCommitmentsOfTheKindAndNotAgainWhileTheLeaseRuns()
    {
        var store = CreateStore();
        await store.AddAsync(Promise("due-1", -20));
        await store.AddAsync(Promise("due-2", -10));
        await store.AddAsync(Promise("due-3", 0));
        await store.AddAsync(Promise("future", 10));
        await store.AddAsync(Promise("promise", -10, CommitmentKind.Promise));
        await store.AddAsync(Promise("kept", -30));
        await store.TryCompleteAsync("kept", CommitmentStatus.Kept, Now, "bot");

        var first = await store.ClaimDueAsync(CommitmentKind.FollowUp, Now, "instance-a", Lease, max: 2);
        var second = await store.ClaimDueAsync(CommitmentKind.FollowUp, Now, "instance-b", Lease, max: 10);
        var whileLeased = await store.ClaimDueAsync(CommitmentKind.FollowUp, Now.AddMinutes(1), "instance-c", Lease, max: 10);

        Assert.Equal(["due-1", "due-2"], first.Select(c => c.Id));
        Assert.All(first, c => Assert.Equal(("instance-a", (DateTimeOffset?)(Now + Lease)), (c.LeaseOwner, c.LeaseUntil)));
        Assert.Equal(["due-3"], second.Select(c => c.Id));
        Assert.Empty(whileLeased);
        Assert.Equal("instance-a", (await store.GetAsync("due-1"))!.LeaseOwner);

        // A lease that ran out (the instance died mid-work) lets another instance take the work over.
        var afterExpiry = await store.ClaimDueAsync(CommitmentKind.FollowUp, Now + Lease, "instance-c", Lease, max: 10);
        Assert.Equal(["due-1", "due-2", "due-3"], afterExpiry.Select(c => c.Id));
    }

    [Fact]
    public async Task CompletingSetsAFinalStatusOnceAndFreesTheLease()
    {
        var store = CreateStore();
        await store.AddAsync(Promise("p1", -1));
        await store.ClaimDueAsync(CommitmentKind.FollowUp, Now, "instance-a", Lease, max: 1);

        Assert.True(await store.TryCompleteAsync("p1", CommitmentStatus.Kept, Now.AddMinutes(1), "bot"));
        Assert.False(await store.TryCompleteAsync("p1", CommitmentStatus.Broken, Now.AddMinutes(2), "agent-a"));
        Assert.False(await store.TryCompleteAsync("unknown", CommitmentStatus.Kept, Now, "bot"));
        await Assert.ThrowsAsync<ArgumentException>(() => store.TryCompleteAsync("p1", CommitmentStatus.Open, Now, "bot"));

        var read = (await store.GetAsync("p1"))!;
        Assert.Equal((CommitmentStatus.Kept, (DateTimeOffset?)Now.AddMinutes(1), "bot"), (read.Status, read.CompletedAt, read.CompletedBy));
        Assert.Equal(((string?)null, (DateTimeOffset?)null), (read.LeaseOwner, read.LeaseUntil));
        Assert.Empty(await store.ClaimDueAsync(CommitmentKind.FollowUp, Now.AddHours(1), "instance-b", Lease, max: 1));
    }

    [Fact]
    public async Task OnlyTheLeaseHolderCanGiveTheLeaseBackEarly()
    {
        var store = CreateStore();
        await store.AddAsync(Promise("p1", -1));
        await store.ClaimDueAsync(CommitmentKind.FollowUp, Now, "instance-a", Lease, max: 1);

        await store.ReleaseLeaseAsync("p1", "instance-b");
        Assert.Empty(await store.ClaimDueAsync(CommitmentKind.FollowUp, Now, "instance-b", Lease, max: 1));

        await store.ReleaseLeaseAsync("p1", "instance-a");
        Assert.Equal(["p1"], (await store.ClaimDueAsync(CommitmentKind.FollowUp, Now, "instance-b", Lease, max: 1)).Select(c => c.Id));
    }

    [Fact]
    public async Task FourSchedulersOnSeparateInstancesClaimEachOfFortyDueFollowUpsExactlyOnce()
    {
        var store = CreateStore();
        for (var i = 0; i < 40; i++)
        {
            await store.AddAsync(Promise($"f{i:00}", -i));
        }

        var claims = new ConcurrentBag<(string Id, string Owner)>();
        var schedulers = Enumerable.Range(0, 4).Select(n => Task.Run(async () =>
        {
            var instance = OpenAnother(store);
            while (true)
            {
                var batch = await instance.ClaimDueAsync(CommitmentKind.FollowUp, Now, $"instance-{n}", Lease, max: 3);
                if (batch.Count == 0)
                {
                    return;
                }

                foreach (var c in batch)
                {
                    claims.Add((c.Id, c.LeaseOwner!));
                }
            }
        }));
        await Task.WhenAll(schedulers);

        Assert.Equal(40, claims.Count);
        Assert.Equal(40, claims.Select(c => c.Id).Distinct().Count());
        foreach (var (id, owner) in claims)
        {
            Assert.Equal(owner, (await store.GetAsync(id))!.LeaseOwner);
        }
    }

    [Fact]
    public async Task TimesGivenInAnyOffsetAreStoredComparedAndClaimedAsTheSameInstant()
    {
        // Business hours hand out due times in the company's zone (New York is -05:00 in December); a store
        // must keep the instant, not refuse the offset or compare wall-clock digits.
        var newYork = TimeSpan.FromHours(-5);
        var store = CreateStore();
        var promise = Promise("ny", 0);
        promise.DueAt = new DateTimeOffset(2026, 12, 7, 9, 0, 0, newYork);
        promise.CreatedAt = promise.DueAt.AddDays(-1);
        await store.AddAsync(promise);

        var read = (await store.GetAsync("ny"))!;
        read.AtRiskNotifiedAt = new DateTimeOffset(2026, 12, 7, 8, 30, 0, newYork);
        Assert.True(await store.TrySaveAsync(read));
        read = (await store.GetAsync("ny"))!;
        var dueUtc = new DateTimeOffset(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);

        Assert.Equal((dueUtc, dueUtc.AddDays(-1)), (read.DueAt, read.CreatedAt));
        Assert.Equal(dueUtc.AddMinutes(-30), read.AtRiskNotifiedAt);
        Assert.Empty(await store.ListAsync(new CommitmentQuery { DueBefore = new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.FromHours(-3)) }));
        Assert.Equal(["ny"], (await store.ListAsync(new CommitmentQuery { DueBefore = new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.FromHours(1)) })).Select(c => c.Id));

        var beforeDue = new DateTimeOffset(2026, 12, 7, 14, 59, 0, TimeSpan.FromHours(1));
        Assert.Empty(await store.ClaimDueAsync(CommitmentKind.FollowUp, beforeDue, "instance-a", Lease, max: 10));
        var atDue = new DateTimeOffset(2026, 12, 7, 23, 0, 0, TimeSpan.FromHours(9));
        var claimed = Assert.Single(await store.ClaimDueAsync(CommitmentKind.FollowUp, atDue, "instance-a", Lease, max: 10));
        Assert.Equal(dueUtc + Lease, claimed.LeaseUntil);
        Assert.True(await store.TryCompleteAsync("ny", CommitmentStatus.Kept, atDue.AddMinutes(1), "bot"));
        Assert.Equal(dueUtc.AddMinutes(1), (await store.GetAsync("ny"))!.CompletedAt);
    }

    [Fact]
    public async Task ErasingACustomerRemovesOnlyTheirCommitments()
    {
        var store = CreateStore();
        await store.AddAsync(Promise("a1", 1, customer: "u1"));
        await store.AddAsync(Promise("a2", 2, customer: "u1"));
        await store.AddAsync(Promise("b1", 3, customer: "u2"));

        Assert.Equal(2, await store.DeleteByCustomerAsync("u1"));
        Assert.Equal(0, await store.DeleteByCustomerAsync("u1"));
        Assert.Equal(["b1"], (await store.ListAsync(new CommitmentQuery())).Select(c => c.Id));
    }

    [Fact]
    public async Task DeletingACasesCommitmentsRemovesOnlyThatCases()
    {
        var store = CreateStore();
        var a1 = Promise("a1", 1);
        a1.CaseId = "case-a";
        var a2 = Promise("a2", 2, customer: "u2");
        a2.CaseId = "case-a";
        var b1 = Promise("b1", 3);
        b1.CaseId = "case-b";
        foreach (var commitment in new[] { a1, a2, b1 })
        {
            await store.AddAsync(commitment);
        }

        Assert.Equal(2, await store.DeleteByCaseAsync("case-a"));
        Assert.Equal(0, await store.DeleteByCaseAsync("case-a"));
        Assert.Equal(["b1"], (await store.ListAsync(new CommitmentQuery())).Select(c => c.Id));
    }
}
