using BotCare.Builder;
using BotCare.Builder.Testing;

namespace BotCare.Storage.Sqlite.Tests;

public sealed class SqliteStorageTests : StorageContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override Task<IStorage> CreateStorage() => Task.FromResult<IStorage>(new SqliteStorage(_database.Open()));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task StateSurvivesAProcessRestart()
    {
        var key = Key("restart");
        await new SqliteStorage(_database.Open()).WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object?> { ["step"] = 3 } });

        // A new database object and a new storage: nothing is shared but the file.
        var read = await new SqliteStorage(_database.Open()).ReadAsync([key]);
        Assert.Equal(3, ((Dictionary<string, object?>)read[key])["step"]);
    }

    [Fact]
    public async Task ConcurrentWritersOnSeparateConnectionsStillSeeExactlyOneWinner()
    {
        var key = Key("race-connections");
        var first = new SqliteStorage(_database.Open());
        await first.WriteAsync(new Dictionary<string, object> { [key] = new Item { Count = 0 } });
        var etag = (await first.ReadAsync<Item>([key]))[key].ETag;

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 6).Select(n => Task.Run(async () =>
        {
            try
            {
                await new SqliteStorage(_database.Open()).WriteAsync(new Dictionary<string, object> { [key] = new Item { Count = n, ETag = etag } });
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
    }

    private sealed class Item : IStoreItem
    {
        public int Count { get; set; }

        public string? ETag { get; set; }
    }
}
