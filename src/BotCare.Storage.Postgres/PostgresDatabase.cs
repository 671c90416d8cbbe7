using Microsoft.Extensions.Logging;
using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>
/// The PostgreSQL database several BotCare instances share. Connections come from one pooled
/// <see cref="NpgsqlDataSource"/>; the schema is brought up to date the first time a connection is asked for.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly Lock _lock = new();
    private Task? _migration;

    /// <param name="connectionString">The Npgsql connection string (<c>ConnectionStrings:BotCare</c>).</param>
    /// <param name="loggerFactory">
    /// The application's logging, so Npgsql's own warnings (a connector broken, the pool exhausted) reach the same
    /// logs as BotCare's; none when null.
    /// </param>
    public PostgresDatabase(string connectionString, ILoggerFactory? loggerFactory = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        _dataSource = builder.Build();
    }

    /// <summary>An open connection from the pool, on a current schema. Dispose it to give it back.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await MigrationAsync().WaitAsync(cancellationToken);
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

    /// <summary>
    /// The one migration of this instance, started by the first caller. A failed one (the server was down) is tried
    /// again by the next caller instead of failing every later request.
    /// </summary>
    private Task MigrationAsync()
    {
        lock (_lock)
        {
            if (_migration is null || _migration.IsFaulted || _migration.IsCanceled)
            {
                _migration = PostgresMigrations.ApplyAsync(_dataSource);
            }

            return _migration;
        }
    }
}
