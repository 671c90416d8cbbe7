using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TemporaryDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task OpeningCreatesTheFolderTheFileAndTheLatestSchema()
    {
        await using var connection = await _database.Open().OpenAsync();

        Assert.True(File.Exists(_database.Path));
        Assert.Equal(SqliteMigrations.Latest, await SqliteMigrations.CurrentVersionAsync(connection));
    }

    [Fact]
    public async Task TheDatabaseRunsInWriteAheadLogMode()
    {
        await using var connection = await _database.Open().OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode;";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task ManyProcessesStartingAtOnceMigrateOnce()
    {
        var opened = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var connection = await _database.Open().OpenAsync();
            return await SqliteMigrations.CurrentVersionAsync(connection);
        })));

        Assert.All(opened, version => Assert.Equal(SqliteMigrations.Latest, version));
        await using var check = new SqliteConnection(_database.ConnectionString);
        await check.OpenAsync();
        await using var count = check.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM schema_version;";
        Assert.Equal(1L, (long)(await count.ExecuteScalarAsync())!);
    }
}
