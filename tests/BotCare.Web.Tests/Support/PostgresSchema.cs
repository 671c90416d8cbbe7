using Npgsql;

namespace BotCare.Web.Tests;

/// <summary>
/// A schema of its own on the test PostgreSQL server for one app, dropped afterwards. The server comes from
/// <c>BOTCARE_TEST_POSTGRES</c> or the one <c>scripts/postgres.sh</c> starts; without one the test skips with the
/// reason, and with BOTCARE_REQUIRE_SERVICES=1 (CI) it fails instead.
/// </summary>
internal sealed class PostgresSchema : IAsyncDisposable
{
    private const string DefaultConnectionString = "Host=127.0.0.1;Port=5432;Database=botcare_test;Username=botcare;Password=botcare;Timeout=5";

    private readonly string _schema = "test_" + Guid.NewGuid().ToString("N");

    private PostgresSchema()
    {
    }

    private static string Server =>
        Environment.GetEnvironmentVariable("BOTCARE_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultConnectionString;

    /// <summary>A connection string whose tables all land in this schema.</summary>
    public string ConnectionString => new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ConnectionString;

    public static async Task<PostgresSchema> CreateAsync()
    {
        try
        {
            await ExecuteAsync("SELECT 1;");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            var reason = $"No PostgreSQL server for the tests ({ex.Message}); start one with scripts/postgres.sh or set BOTCARE_TEST_POSTGRES.";
            if (Environment.GetEnvironmentVariable("BOTCARE_REQUIRE_SERVICES") == "1")
            {
                Assert.Fail(reason + " BOTCARE_REQUIRE_SERVICES=1, so this is a failure.");
            }

            Assert.Skip(reason);
        }

        var schema = new PostgresSchema();
        await ExecuteAsync($"CREATE SCHEMA \"{schema._schema}\";");
        return schema;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE;");
    }

    private static async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
