using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// The SQLite file BotCare keeps everything in. Opening it creates the file and its folder if needed, turns
/// on write-ahead logging (readers never wait for the writer) and brings the schema up to date.
/// </summary>
public sealed class SqliteDatabase : IDisposable, IAsyncDisposable
{
    private const int MaxWritesPerCommit = 64;

    private readonly string _connectionString;
    private readonly Lazy<Task> _migrated;

    // SQLite lets one writer in at a time. This process's writes queue here and one loop applies them on one
    // long-lived connection: no collisions inside SQLite (whose busy handler sleeps for milliseconds), and the
    // writes that queued while a commit was under way share the next commit (group commit), so under load a
    // turn pays for a fraction of a commit. The busy timeout still covers other processes sharing the file.
    private readonly Channel<QueuedWrite> _writes = Channel.CreateUnbounded<QueuedWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Lazy<Task> _writerLoop;
    private PreparedStatements? _writer;

    // Only a file has a write-ahead log to copy back; an in-memory database has none.
    private readonly SqliteCheckpointer? _checkpointer;

    // Reader connections kept open with their prepared statements; enough for every core to read at once.
    private readonly ConcurrentBag<SqliteReadLease> _readers = [];
    private readonly int _maxIdleReaders = Math.Max(4, Environment.ProcessorCount * 2);
    private bool _disposed;
    private int _disposedFlag;

    public SqliteDatabase(string connectionString)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true };
        var isFile = !string.IsNullOrEmpty(builder.DataSource) && builder.DataSource != ":memory:" && builder.Mode != SqliteOpenMode.Memory;
        if (isFile)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        _connectionString = builder.ToString();
        _migrated = new Lazy<Task>(() => SqliteMigrations.ApplyAsync(this));
        _writerLoop = new Lazy<Task>(() => Task.Run(WriteLoopAsync));
        _checkpointer = isFile ? new SqliteCheckpointer(OpenRawAsync) : null;
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
    /// Runs <paramref name="write"/> on the writer connection, atomically: everything it changed is committed,
    /// or, when it throws, none of it (and the exception comes back here). It shares its transaction with the
    /// writes queued beside it, each inside its own savepoint, and completes only once that transaction is
    /// committed. Cancellation counts only until the write starts. <paramref name="write"/> runs on the one writer
    /// loop, so it only touches the database (serialize before) and never calls <see cref="WriteAsync"/> itself.
    /// </summary>
    public async Task WriteAsync(Func<SqliteWriteTurn, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed), this);
        await _migrated.Value;
        var queued = new QueuedWrite(write, cancellationToken);
        _ = _writerLoop.Value;
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(queued), this);

        await queued.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<QueuedWrite>(MaxWritesPerCommit);
        while (await _writes.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxWritesPerCommit && _writes.Reader.TryRead(out var queued))
            {
                if (queued.CancellationToken.IsCancellationRequested)
                {
                    queued.Done.TrySetCanceled(queued.CancellationToken);
                }
                else
                {
                    batch.Add(queued);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    private async Task CommitAsync(List<QueuedWrite> batch)
    {
        var failures = new Exception?[batch.Count];
        try
        {
            if (_writer?.Connection.State != System.Data.ConnectionState.Open)
            {
                DisposeWriter();
                var connection = await OpenRawAsync(CancellationToken.None);
                if (_checkpointer is not null)
                {
                    await using var pragma = connection.CreateCommand();
                    pragma.CommandText = $"PRAGMA wal_autocheckpoint={SqliteCheckpointer.WriterFallbackPages};";
                    await pragma.ExecuteNonQueryAsync();
                }

                _writer = new PreparedStatements(connection);
            }

            // BEGIN IMMEDIATE: take SQLite's write lock now, so checks and changes happen as one step.
            await using var transaction = _writer.Connection.BeginTransaction(deferred: false);
            var turn = new SqliteWriteTurn(_writer, transaction);
            for (var i = 0; i < batch.Count; i++)
            {
                // Savepoints as prepared statements: SqliteTransaction.Save would parse its SQL anew for every write.
                await turn.Statement("SAVEPOINT write;").ExecuteNonQueryAsync();
                try
                {
                    await batch[i].Write(turn);
                    await turn.Statement("RELEASE write;").ExecuteNonQueryAsync();
                }
                catch (Exception ex)
                {
                    await turn.Statement("ROLLBACK TO write;").ExecuteNonQueryAsync();
                    await turn.Statement("RELEASE write;").ExecuteNonQueryAsync();
                    failures[i] = ex;
                }
            }

            await transaction.CommitAsync();
            _checkpointer?.Committed();
        }
        catch (Exception ex)
        {
            // The commit itself failed (disk full, file locked by another process past the busy timeout...):
            // nothing in the batch was stored. Start again on a fresh connection next time.
            DisposeWriter();
            foreach (var queued in batch)
            {
                queued.Done.TrySetException(ex);
            }

            return;
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (failures[i] is { } failure)
            {
                batch[i].Done.TrySetException(failure);
            }
            else
            {
                batch[i].Done.TrySetResult();
            }
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    /// <summary>Lets queued writes finish, then closes every connection.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposedFlag, 1) == 1)
        {
            return;
        }

        Volatile.Write(ref _disposed, true);
        _writes.Writer.TryComplete();
        if (_writerLoop.IsValueCreated)
        {
            await _writerLoop.Value;
        }

        if (_checkpointer is not null)
        {
            await _checkpointer.DisposeAsync();
        }

        while (_readers.TryTake(out var reader))
        {
            reader.Close();
        }

        DisposeWriter();
    }

    private void DisposeWriter()
    {
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

    private sealed class QueuedWrite(Func<SqliteWriteTurn, Task> write, CancellationToken cancellationToken)
    {
        public Func<SqliteWriteTurn, Task> Write { get; } = write;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        // Completed by the write loop; callers continue on the thread pool, never inside the loop.
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
