using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// A reader connection borrowed from <see cref="SqliteDatabase"/>'s pool, with the statements it has prepared
/// before; disposing it gives the connection back.
/// </summary>
public sealed class SqliteReadLease : IDisposable
{
    private readonly Action<SqliteReadLease> _giveBack;
    private readonly PreparedStatements _statements;
    private int _returned;

    internal SqliteReadLease(SqliteConnection connection, Action<SqliteReadLease> giveBack)
    {
        _statements = new PreparedStatements(connection);
        _giveBack = giveBack;
    }

    public SqliteConnection Connection => _statements.Connection;

    /// <summary>
    /// A command for <paramref name="sql"/>, prepared once per connection and kept (SQLite then skips parsing
    /// it again), with its parameters cleared. Do not dispose it. Only for a small, fixed set of statements.
    /// </summary>
    public SqliteCommand Statement(string sql) => _statements.Get(sql);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _returned, 1) == 0)
        {
            _giveBack(this);
        }
    }

    /// <summary>A lease handed out again after being returned.</summary>
    internal SqliteReadLease Renew()
    {
        _returned = 0;
        return this;
    }

    internal void Close() => _statements.Dispose();
}
