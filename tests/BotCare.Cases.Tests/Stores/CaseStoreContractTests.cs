namespace BotCare.Cases.Tests.Stores;

/// <summary>
/// What every <see cref="ICaseStore"/> must do. Each provider's tests derive from this (the SQLite and
/// PostgreSQL test projects compile this file in), so all stores behave the same.
/// </summary>
public abstract class CaseStoreContractTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    /// <summary>A new, empty store.</summary>
    protected abstract ICaseStore CreateStore();

    [Fact]
    public async Task KeepsEveryFieldOfACaseThroughJson()
    {
        var store = CreateStore();
        var at = Now;
        var @case = new Case { ConversationId = "c1", OrderNumber = "48213", Situation = SituationType.Product, CreatedAt = at };
        @case.Issues.Add(new Issue { Description = "half the plates were smashed", Category = IssueCategory.Product, RaisedAt = at });
        @case.RequestRemedy(new RemedyRequest { Type = RemedyType.Refund, Amount = new Money(500m, "USD"), CustomerWords = "$500", At = at });
        @case.Offers.Add(new Offer { Kind = OfferKind.CounterOffer, Remedy = new Remedy(new RemedyItem(RemedyType.Redo), new RemedyItem(RemedyType.Credit, new Money(75m, "USD"))), Reason = "no lost wages", At = at });
        @case.Commitments.Add(new Commitment { What = "call back", DueAt = at.AddHours(2), CreatedAt = at });
        @case.RecordStep(PlaybookStep.Listen, at);
        @case.Escalate(EscalationReason.CustomerAsked, "asked for a manager", at.AddMinutes(1));
        await store.SaveAsync(@case);

        var read = (await store.GetAsync(@case.Id))!;

        Assert.NotSame(@case, read);
        Assert.Equal(CaseJson.Serialize(@case), CaseJson.Serialize(read));
        Assert.Equal(CaseStatus.Escalated, read.Status);
        Assert.Equal([PlaybookStep.Listen, PlaybookStep.Escalate], read.Steps.Select(s => s.Step));
        Assert.Equal(75m, read.Offers[0].Remedy.Items[1].Amount!.Amount);
    }

    [Fact]
    public async Task FindsTheCaseOfAConversationAndListsByFilter()
    {
        var store = CreateStore();
        var t = Now;
        await store.SaveAsync(new Case { Id = "a", ConversationId = "c1", Customer = new CustomerRef { Id = "u1" }, UpdatedAt = t });
        await store.SaveAsync(new Case { Id = "b", ConversationId = "c2", Customer = new CustomerRef { Id = "u1" }, Status = CaseStatus.Resolved, UpdatedAt = t.AddMinutes(5) });
        await store.SaveAsync(new Case { Id = "c", ConversationId = "c3", Customer = new CustomerRef { Id = "u2" }, UpdatedAt = t.AddMinutes(2) });

        Assert.Equal("b", (await store.FindByConversationAsync("c2"))!.Id);
        Assert.Null(await store.FindByConversationAsync("nope"));
        Assert.Equal(["b", "a"], (await store.ListAsync(new CaseQuery { CustomerId = "u1" })).Select(c => c.Id));
        Assert.Equal(["b"], (await store.ListAsync(new CaseQuery { Status = CaseStatus.Resolved })).Select(c => c.Id));
        Assert.Equal(["b", "c"], (await store.ListAsync(new CaseQuery { UpdatedSince = t.AddMinutes(1) })).Select(c => c.Id));
    }

    [Fact]
    public async Task UpdateTimesInAnyOffsetAreOrderedAndFilteredAsInstants()
    {
        // 09:00 in New York (14:00Z) is newer than 22:30 in Tokyo (13:30Z), which is newer than 13:00Z, whatever the digits say.
        var store = CreateStore();
        await store.SaveAsync(new Case { Id = "ny", ConversationId = "c1", UpdatedAt = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(-5)) });
        await store.SaveAsync(new Case { Id = "utc", ConversationId = "c2", UpdatedAt = new DateTimeOffset(2026, 12, 7, 13, 0, 0, TimeSpan.Zero) });
        await store.SaveAsync(new Case { Id = "tokyo", ConversationId = "c3", UpdatedAt = new DateTimeOffset(2026, 12, 7, 22, 30, 0, TimeSpan.FromHours(9)) });

        Assert.Equal(["ny", "tokyo", "utc"], (await store.ListAsync(new CaseQuery())).Select(c => c.Id));
        Assert.Equal(["ny", "tokyo"], (await store.ListAsync(new CaseQuery { UpdatedSince = new DateTimeOffset(2026, 12, 7, 14, 15, 0, TimeSpan.FromHours(1)) })).Select(c => c.Id));
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 14, 0, 0, TimeSpan.Zero), (await store.GetAsync("ny"))!.UpdatedAt);
    }

    [Fact]
    public async Task ListsCasesCreatedInAPeriodComparingCreationTimesAsInstants()
    {
        // The period is [14:00Z, 15:00Z): 09:00 in New York (14:00Z) is in it, 23:59:59 in Tokyo (14:59:59Z) is in it,
        // 15:00Z is the (exclusive) end and 13:59:59Z is before the start, whatever the digits say.
        var store = CreateStore();
        var updated = Now;
        await store.SaveAsync(new Case { Id = "ny", ConversationId = "c1", CreatedAt = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(-5)), UpdatedAt = updated });
        await store.SaveAsync(new Case { Id = "tokyo", ConversationId = "c2", CreatedAt = new DateTimeOffset(2026, 12, 7, 23, 59, 59, TimeSpan.FromHours(9)), UpdatedAt = updated.AddMinutes(1) });
        await store.SaveAsync(new Case { Id = "end", ConversationId = "c3", CreatedAt = new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.Zero), UpdatedAt = updated.AddMinutes(2) });
        await store.SaveAsync(new Case { Id = "early", ConversationId = "c4", CreatedAt = new DateTimeOffset(2026, 12, 7, 14, 59, 59, TimeSpan.FromHours(1)), UpdatedAt = updated.AddMinutes(3) });
        var from = new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.FromHours(1));
        var before = new DateTimeOffset(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(["tokyo", "ny"], (await store.ListAsync(new CaseQuery { CreatedFrom = from, CreatedBefore = before })).Select(c => c.Id));
        Assert.Equal(["end", "tokyo", "ny"], (await store.ListAsync(new CaseQuery { CreatedFrom = from })).Select(c => c.Id));
        Assert.Equal(["early", "tokyo", "ny"], (await store.ListAsync(new CaseQuery { CreatedBefore = before })).Select(c => c.Id));
        Assert.Equal(["tokyo"], (await store.ListAsync(new CaseQuery { CreatedFrom = from, CreatedBefore = before, Limit = 1 })).Select(c => c.Id));
    }

    [Fact]
    public async Task SavingAgainReplacesTheCaseAndItsFilterFields()
    {
        var store = CreateStore();
        var t = Now;
        var @case = new Case { Id = "r", ConversationId = "c1", OrderNumber = "48213", UpdatedAt = t };
        await store.SaveAsync(@case);
        @case.Status = CaseStatus.Resolved;
        @case.OrderNumber = "55555";
        @case.UpdatedAt = t.AddMinutes(3);
        await store.SaveAsync(@case);

        Assert.Single(await store.ListAsync(new CaseQuery()));
        Assert.Equal(CaseStatus.Resolved, (await store.GetAsync("r"))!.Status);
        Assert.Empty(await store.ListAsync(new CaseQuery { OrderNumber = "48213" }));
        Assert.Equal(["r"], (await store.ListAsync(new CaseQuery { OrderNumber = "55555", Status = CaseStatus.Resolved })).Select(c => c.Id));
    }

    [Fact]
    public async Task ListsNewestFirstUpToTheLimitAndMatchesOrderNumbersIgnoringCase()
    {
        var store = CreateStore();
        var t = Now;
        for (var i = 0; i < 5; i++)
        {
            await store.SaveAsync(new Case { Id = $"k{i}", ConversationId = $"c{i}", OrderNumber = i == 2 ? "AB-77" : null, UpdatedAt = t.AddMinutes(i) });
        }

        Assert.Equal(["k4", "k3"], (await store.ListAsync(new CaseQuery { Limit = 2 })).Select(c => c.Id));
        Assert.Equal(["k2"], (await store.ListAsync(new CaseQuery { OrderNumber = "ab-77" })).Select(c => c.Id));
        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task CustomerTextIsKeptAsDataNotRunAsAQuery()
    {
        var store = CreateStore();
        const string hostile = "x'; DROP TABLE cases; --";
        await store.SaveAsync(new Case { Id = hostile, ConversationId = hostile, OrderNumber = hostile, Customer = new CustomerRef { Id = hostile } });

        Assert.Equal(hostile, (await store.FindByConversationAsync(hostile))!.OrderNumber);
        Assert.Single(await store.ListAsync(new CaseQuery { CustomerId = hostile, OrderNumber = hostile }));
    }

    [Fact]
    public async Task ChangingACaseAfterSavingDoesNotChangeTheStore()
    {
        var store = CreateStore();
        var @case = new Case { Id = "x" };
        await store.SaveAsync(@case);
        @case.AvoidanceIdea = "pack plates better";
        Assert.Null((await store.GetAsync("x"))!.AvoidanceIdea);
    }

    [Fact]
    public async Task ListsEveryCaseOfAConversationAndDeletesOneCase()
    {
        var store = CreateStore();
        await store.SaveAsync(new Case { Id = "first", ConversationId = "c1", UpdatedAt = Now });
        await store.SaveAsync(new Case { Id = "again", ConversationId = "c1", UpdatedAt = Now.AddMinutes(5) });
        await store.SaveAsync(new Case { Id = "other", ConversationId = "c2", UpdatedAt = Now });

        Assert.Equal(["again", "first"], (await store.ListByConversationAsync("c1")).Select(c => c.Id));
        Assert.True(await store.DeleteAsync("again"));
        Assert.False(await store.DeleteAsync("again"));
        Assert.Null(await store.GetAsync("again"));
        Assert.Equal(["first"], (await store.ListByConversationAsync("c1")).Select(c => c.Id));
        Assert.NotNull(await store.GetAsync("other"));
    }

    [Fact]
    public async Task ListsCasesToAnonymizeOldestFirstSkippingNewerOnesAndPseudonyms()
    {
        var store = CreateStore();
        await store.SaveAsync(new Case { Id = "old", ConversationId = "c1", Customer = new CustomerRef { Id = "u1" }, UpdatedAt = Now.AddDays(-40) });
        await store.SaveAsync(new Case { Id = "oldest", ConversationId = "c2", Customer = new CustomerRef { Id = "u2" }, UpdatedAt = Now.AddDays(-50) });
        await store.SaveAsync(new Case { Id = "done", ConversationId = string.Empty, Customer = new CustomerRef { Id = CaseAnonymizer.PseudonymPrefix + "abc" }, UpdatedAt = Now.AddDays(-60) });
        await store.SaveAsync(new Case { Id = "recent", ConversationId = "c3", Customer = new CustomerRef { Id = "u3" }, UpdatedAt = Now.AddDays(-1) });

        Assert.Equal(["oldest", "old"], (await store.ListToAnonymizeAsync(Now.AddDays(-30), 10)).Select(c => c.Id));
        Assert.Equal(["oldest"], (await store.ListToAnonymizeAsync(Now.AddDays(-30), 1)).Select(c => c.Id));
    }
}
