using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>
/// The PostgreSQL database several BotCare instances share. Connections come from one pooled
/// <see cref="NpgsqlDataSource"/>; the schema is brought up to date the first time a connection is asked for.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lazy<Task> _migrated;

    public PostgresDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _migrated = new Lazy<Task>(() => PostgresMigrations.ApplyAsync(_dataSource), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>An open connection from the pool, on a current schema. Dispose it to give it back.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await _migrated.Value.WaitAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    /// <summary>The schema version this database is at (after migrating it if needed).</summary>
    public async Task<int> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        return await PostgresMigrations.CurrentVersionAsync(connection, cancellationToken);
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    public void Dispose() => _dataSource.Dispose();
}
