using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// Copies committed pages from the write-ahead log back into the database file on a connection of its own, so the
/// one writer never does it inside a commit. SQLite's automatic checkpoint runs in whichever commit crosses the
/// threshold; that commit (and every turn queued behind it) then waits while thousands of pages are copied and the
/// file is synced. Here the copying happens beside the writer: a PASSIVE checkpoint never blocks it, and a page
/// changed several times between checkpoints is copied once. The writer keeps a far higher automatic threshold of its
/// own, so the log stays bounded even if this loop falls behind or fails.
/// </summary>
internal sealed class SqliteCheckpointer : IAsyncDisposable
{
    /// <summary>The writer's own automatic checkpoint, as a fallback (pages of 4 KB, so about 40 MB of log).</summary>
    public const int WriterFallbackPages = 10_000;

    // Long enough for many commits to share a checkpoint, short enough that the log stays a few MB under load.
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Func<CancellationToken, Task<SqliteConnection>> _open;

    // At most one signal waits: commits arriving before the checkpoint share it.
    private readonly Channel<bool> _committed = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _loop;
    private SqliteConnection? _connection;

    public SqliteCheckpointer(Func<CancellationToken, Task<SqliteConnection>> open)
    {
        _open = open;
        _loop = Task.Run(LoopAsync);
    }

    /// <summary>The writer committed: a checkpoint is due within the interval.</summary>
    public void Committed() => _committed.Writer.TryWrite(true);

    private async Task LoopAsync()
    {
        var stopping = _stopping.Token;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                await _committed.Reader.ReadAsync(stopping);
                await Task.Delay(Interval, stopping);
                await CheckpointAsync(stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
            catch (SqliteException)
            {
                // Another process holding the file, say. Nothing is lost: the log keeps the pages, the next commit
                // tries again, and the writer's own fallback bounds the log meanwhile. Start on a fresh connection.
                await CloseAsync();
            }
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        _connection ??= await _open(cancellationToken);
        await using var command = _connection.CreateCommand();
        command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task CloseAsync()
    {
        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        await _loop;
        await CloseAsync();
        _stopping.Dispose();
    }
}
