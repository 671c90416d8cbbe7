using Npgsql;

namespace BotCare.Storage.Postgres.Tests;

/// <summary>
/// The connection pool of one instance stays inside what the server allows: a busy instance must wait for one of its
/// own connections rather than be refused by PostgreSQL for taking every slot (the failure the c=64 benchmark found).
/// </summary>
public sealed class PostgresDatabaseTests : IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    [Fact]
    public async Task WithoutAPoolSizeAnInstanceHoldsAtMostTheDefaultNumberOfConnectionsAndTheNextCallerWaitsForOne()
    {
        var database = await _database.OpenAsync(c => c.Timeout = 1);
        Assert.Equal(PostgresDatabase.DefaultMaxPoolSize, database.MaxPoolSize);
        Assert.True(PostgresDatabase.DefaultMaxPoolSize < 100 - 3, "two instances' pools must fit PostgreSQL's default max_connections");

        await AssertPoolHoldsAsync(database, PostgresDatabase.DefaultMaxPoolSize);
    }

    [Fact]
    public async Task APoolSizeInTheConnectionStringIsKept()
    {
        var database = await _database.OpenAsync(c =>
        {
            c.Timeout = 1;
            c.MaxPoolSize = 3;
        });
        Assert.Equal(3, database.MaxPoolSize);

        await AssertPoolHoldsAsync(database, 3);
    }

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    /// <summary>
    /// Exactly <paramref name="size"/> connections open at once; one more times out in the pool (not refused by the
    /// server); and a connection given back serves the next caller.
    /// </summary>
    private static async Task AssertPoolHoldsAsync(PostgresDatabase database, int size)
    {
        var held = new List<NpgsqlConnection>();
        try
        {
            for (var i = 0; i < size; i++)
            {
                held.Add(await database.OpenAsync());
            }

            var exhausted = await Assert.ThrowsAnyAsync<NpgsqlException>(() => database.OpenAsync());
            Assert.IsNotType<PostgresException>(exhausted);
            Assert.IsType<TimeoutException>(exhausted.InnerException);

            await held[0].DisposeAsync();
            held.RemoveAt(0);
            await using var next = await database.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT 1", next);
            Assert.Equal(1, await command.ExecuteScalarAsync());
        }
        finally
        {
            foreach (var connection in held)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
