using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>This process's turn to write, on the shared writer connection; disposing it lets the next writer in.</summary>
public sealed class SqliteWriteTurn : IDisposable
{
    private readonly SemaphoreSlim _gate;
    private readonly Dictionary<string, SqliteCommand> _statements;
    private int _released;

    internal SqliteWriteTurn(SqliteConnection connection, SemaphoreSlim gate, Dictionary<string, SqliteCommand> statements)
    {
        Connection = connection;
        _gate = gate;
        _statements = statements;
    }

    public SqliteConnection Connection { get; }

    /// <summary>
    /// A command for <paramref name="sql"/> on the writer connection, prepared once and kept for the connection's
    /// life (SQLite then skips parsing it again), with its parameters cleared and bound to
    /// <paramref name="transaction"/>. Do not dispose it; it is only valid during this turn.
    /// </summary>
    public SqliteCommand Statement(string sql, SqliteTransaction? transaction = null)
    {
        if (!_statements.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _statements[sql] = command;
        }

        command.Parameters.Clear();
        command.Transaction = transaction;
        return command;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _gate.Release();
        }
    }
}
