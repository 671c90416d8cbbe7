using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>This process's turn to write, on the shared writer connection; disposing it lets the next writer in.</summary>
public sealed class SqliteWriteTurn : IDisposable
{
    private readonly SemaphoreSlim _gate;
    private int _released;

    internal SqliteWriteTurn(SqliteConnection connection, SemaphoreSlim gate)
    {
        Connection = connection;
        _gate = gate;
    }

    public SqliteConnection Connection { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _gate.Release();
        }
    }
}
