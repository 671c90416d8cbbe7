using BotCare.Builder;
using BotCare.Builder.Testing;

namespace BotCare.Storage.Postgres.Tests;

public sealed class PostgresStorageTests : StorageContractTests, IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    protected override async Task<IStorage> CreateStorage() => new PostgresStorage(await _database.OpenAsync());

    [Fact]
    public async Task StateWrittenByOneInstanceIsReadByAnother()
    {
        var key = Key("instances");
        await new PostgresStorage(await _database.OpenAsync()).WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object?> { ["step"] = 3 } });

        var read = await new PostgresStorage(await _database.OpenAsync()).ReadAsync([key]);

        Assert.Equal(3, ((Dictionary<string, object?>)read[key])["step"]);
    }

    [Fact]
    public async Task InstancesWritingTheSameItemAtOnceSeeExactlyOneWinner()
    {
        var key = Key("race-instances");
        var first = new PostgresStorage(await _database.OpenAsync());
        await first.WriteAsync(new Dictionary<string, object> { [key] = new Item { Count = 0 } });
        var etag = (await first.ReadAsync<Item>([key]))[key].ETag;
        var instances = new List<PostgresStorage>();
        for (var i = 0; i < 6; i++)
        {
            instances.Add(new PostgresStorage(await _database.OpenAsync()));
        }

        var outcomes = await Task.WhenAll(instances.Select((storage, n) => Task.Run(async () =>
        {
            try
            {
                await storage.WriteAsync(new Dictionary<string, object> { [key] = new Item { Count = n + 1, ETag = etag } });
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
        var winner = Array.IndexOf(outcomes, true) + 1;
        Assert.Equal(winner, (await first.ReadAsync<Item>([key]))[key].Count);
    }

    [Fact]
    public async Task InstancesStartingTogetherMigrateTheSchemaOnce()
    {
        var databases = new List<PostgresDatabase>();
        for (var i = 0; i < 4; i++)
        {
            databases.Add(await _database.OpenAsync());
        }

        var versions = await Task.WhenAll(databases.Select(database => Task.Run(() => database.SchemaVersionAsync())));

        Assert.All(versions, version => Assert.Equal(PostgresMigrations.Latest, version));
    }

    [Fact]
    public async Task CustomerTextIsStoredAsDataNotSql()
    {
        var storage = new PostgresStorage(await _database.OpenAsync());
        var key = Key("'); DROP TABLE state; --");
        await storage.WriteAsync(new Dictionary<string, object> { [key] = new Dictionary<string, object?> { ["text"] = "Robert'); DROP TABLE state;--" } });

        var read = await storage.ReadAsync([key]);

        Assert.Equal("Robert'); DROP TABLE state;--", ((Dictionary<string, object?>)read[key])["text"]);
    }

    private sealed class Item : IStoreItem
    {
        public int Count { get; set; }

        public string? ETag { get; set; }
    }
}
