using Npgsql;

namespace BotCare.Storage.Postgres.Tests;

/// <summary>
/// A schema of its own on the test PostgreSQL server, dropped afterwards, so every test starts from an empty store.
/// The server comes from <c>BOTCARE_TEST_POSTGRES</c> (a connection string), or the one <c>scripts/postgres.sh</c>
/// starts. Without a server a test skips with the reason; with BOTCARE_REQUIRE_SERVICES=1 (CI) it fails instead.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Database=botcare_test;Username=botcare;Password=botcare;Timeout=5";

    private static readonly Lazy<Task<string?>> Unavailable = new(ProbeAsync);

    private readonly string _schema = "test_" + Guid.NewGuid().ToString("N");
    private readonly List<PostgresDatabase> _opened = [];
    private bool _created;

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("BOTCARE_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>A connection string whose tables all land in this test's schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(ServerConnectionString) { SearchPath = _schema }.ConnectionString;

    /// <summary>
    /// A new database object on this test's schema, as a separate BotCare instance would have; <paramref name="configure"/>
    /// changes its connection string (a pool size, a timeout) when a test needs to.
    /// </summary>
    public async Task<PostgresDatabase> OpenAsync(Action<NpgsqlConnectionStringBuilder>? configure = null)
    {
        await RequireServerAsync();
        if (!_created)
        {
            await ExecuteAsync($"CREATE SCHEMA \"{_schema}\";");
            _created = true;
        }

        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionString);
        configure?.Invoke(connectionString);
        var database = new PostgresDatabase(connectionString.ConnectionString);
        _opened.Add(database);
        return database;
    }

    public PostgresDatabase Open() => OpenAsync().GetAwaiter().GetResult();

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _opened)
        {
            await database.DisposeAsync();
        }

        if (_created)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP SCHEMA \"{_schema}\" CASCADE;");
        }
    }

    private static async Task RequireServerAsync()
    {
        if (await Unavailable.Value is not { } reason)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("BOTCARE_REQUIRE_SERVICES") == "1")
        {
            Assert.Fail(reason + " BOTCARE_REQUIRE_SERVICES=1, so this is a failure.");
        }

        Assert.Skip(reason);
    }

    /// <summary>Null when the server answers; otherwise why not.</summary>
    private static async Task<string?> ProbeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(ServerConnectionString);
            await connection.OpenAsync();
            return null;
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            return $"No PostgreSQL server for the tests ({ex.Message}); start one with scripts/postgres.sh or set BOTCARE_TEST_POSTGRES.";
        }
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
