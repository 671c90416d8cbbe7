using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// The SQLite file BotCare keeps everything in. Opening it creates the file and its folder if needed, turns
/// on write-ahead logging (readers never wait for the writer) and brings the schema up to date.
/// </summary>
public sealed class SqliteDatabase
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _migrated;

    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        if (!string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
        _migrated = new Lazy<Task>(() => SqliteMigrations.ApplyAsync(this));
    }

    /// <summary>An open connection with the session settings every BotCare connection uses; schema current.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await _migrated.Value;
        return await OpenRawAsync(cancellationToken);
    }

    internal async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();

        // WAL lets readers go on while one writer writes; the busy timeout waits out another writer instead of failing.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
