using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// The SQLite file BotCare keeps everything in. Opening it creates the file and its folder if needed, turns
/// on write-ahead logging (readers never wait for the writer) and brings the schema up to date.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly Lazy<Task> _migrated;

    // SQLite lets one writer in at a time. Queuing this process's writers here, on one long-lived connection,
    // instead of letting them collide inside SQLite, avoids its busy-wait sleeps (tens of milliseconds under
    // load); the busy timeout still covers other processes sharing the file.
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private SqliteConnection? _writer;
    private readonly Dictionary<string, SqliteCommand> _writerStatements = new(StringComparer.Ordinal);

    // Reader connections kept open with their prepared statements; enough for every core to read at once.
    private readonly ConcurrentBag<SqliteReadLease> _readers = [];
    private readonly int _maxIdleReaders = Math.Max(4, Environment.ProcessorCount * 2);
    private bool _disposed;

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

    /// <summary>
    /// An open connection for reading; schema current. Dispose it. Readers need no session settings: in WAL mode
    /// they never wait for the writer, and pooled connections make opening one nearly free.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        await _migrated.Value;
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>
    /// A reader connection from the pool, with the statements it prepared before (the hot reads use this);
    /// dispose the lease to give it back.
    /// </summary>
    public async Task<SqliteReadLease> EnterReadAsync(CancellationToken cancellationToken = default)
    {
        await _migrated.Value;
        if (_readers.TryTake(out var idle))
        {
            return idle.Renew();
        }

        var connection = await OpenRawAsync(cancellationToken);
        return new SqliteReadLease(connection, GiveBack);
    }

    private void GiveBack(SqliteReadLease lease)
    {
        if (!Volatile.Read(ref _disposed) && lease.Connection.State == System.Data.ConnectionState.Open && _readers.Count < _maxIdleReaders)
        {
            _readers.Add(lease);
        }
        else
        {
            lease.Close();
        }
    }

    /// <summary>
    /// Waits for this process's turn to write and hands over the writer connection (do not dispose it; dispose
    /// the turn). A write that fails leaves the connection to be reopened by the next writer.
    /// </summary>
    public async Task<SqliteWriteTurn> EnterWriteAsync(CancellationToken cancellationToken = default)
    {
        await _migrated.Value;
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            if (_writer?.State != System.Data.ConnectionState.Open)
            {
                DisposeWriter();
                _writer = await OpenRawAsync(cancellationToken);
            }

            return new SqliteWriteTurn(_writer, _writeGate, _writerStatements);
        }
        catch
        {
            _writeGate.Release();
            throw;
        }
    }

    public void Dispose()
    {
        Volatile.Write(ref _disposed, true);
        while (_readers.TryTake(out var reader))
        {
            reader.Close();
        }

        DisposeWriter();
        _writeGate.Dispose();
    }

    private void DisposeWriter()
    {
        foreach (var statement in _writerStatements.Values)
        {
            statement.Dispose();
        }

        _writerStatements.Clear();
        _writer?.Dispose();
        _writer = null;
    }

    internal async Task<SqliteConnection> OpenRawAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();

        // Per connection: wait out another process's writer instead of failing; with WAL (set once for the file
        // when migrating), a commit need not wait for the disk: a killed process loses nothing, only a power cut
        // can lose the last commits. (A memory map for reads was tried: with a growing file, remapping cost more than
        // it saved.)
        pragma.CommandText = "PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
