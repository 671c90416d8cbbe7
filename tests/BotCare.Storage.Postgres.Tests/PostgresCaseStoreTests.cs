using BotCare.Cases;
using BotCare.Cases.Tests.Stores;

namespace BotCare.Storage.Postgres.Tests;

public sealed class PostgresCaseStoreTests : CaseStoreContractTests, IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    protected override ICaseStore CreateStore() => new PostgresCaseStore(_database.Open());

    [Fact]
    public async Task ACaseSavedByOneInstanceIsSeenByAnother()
    {
        await new PostgresCaseStore(await _database.OpenAsync()).SaveAsync(new Case { Id = "shared", ConversationId = "c1", AvoidanceIdea = "pack plates better" });

        var other = new PostgresCaseStore(await _database.OpenAsync());

        Assert.Equal("pack plates better", (await other.GetAsync("shared"))!.AvoidanceIdea);
    }
}
