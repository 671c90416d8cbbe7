using Microsoft.Extensions.Logging;
using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>
/// The PostgreSQL database several BotCare instances share. Connections come from one pooled
/// <see cref="NpgsqlDataSource"/>; the schema is brought up to date the first time a connection is asked for.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable, IDisposable
{
    /// <summary>
    /// Connections one instance keeps at most when the connection string does not say (<c>Max Pool Size</c>).
    /// Npgsql's own default is 100, which is PostgreSQL's default <c>max_connections</c>: a single busy instance
    /// plus its LISTEN connection would be refused by the server ("53300: remaining connection slots are
    /// reserved"), and two instances certainly would. Twenty is far more than a turn needs in flight on a few cores;
    /// past it a turn waits briefly for a connection instead of failing.
    /// </summary>
    public const int DefaultMaxPoolSize = 20;

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
        if (!NamesMaxPoolSize(connectionString))
        {
            builder.ConnectionStringBuilder.MaxPoolSize = DefaultMaxPoolSize;
        }

        MaxPoolSize = builder.ConnectionStringBuilder.MaxPoolSize;
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        _dataSource = builder.Build();
    }

    /// <summary>The most connections this instance opens to the server at once.</summary>
    public int MaxPoolSize { get; }

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

    /// <summary>Whether the operator set the pool size themselves, under any of the names Npgsql accepts for it.</summary>
    private static bool NamesMaxPoolSize(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        return given.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal))
            .Any(key => key.Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase)
                || key.Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase));
    }

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
