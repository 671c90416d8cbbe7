using BotCare.Cases;
using BotCare.Cases.Tests.Stores;

namespace BotCare.Storage.Sqlite.Tests;

public sealed class SqliteCaseStoreTests : CaseStoreContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override ICaseStore CreateStore() => new SqliteCaseStore(_database.Open());

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task CasesSurviveReopeningTheFile()
    {
        await new SqliteCaseStore(_database.Open()).SaveAsync(new Case { Id = "kept", ConversationId = "c1", AvoidanceIdea = "pack plates better" });

        var reopened = new SqliteCaseStore(_database.Open());

        Assert.Equal("pack plates better", (await reopened.GetAsync("kept"))!.AvoidanceIdea);
    }
}
