using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// One write's view of the shared writer connection, inside the transaction its batch commits
/// (see <see cref="SqliteDatabase.WriteAsync"/>). Valid only while the write runs.
/// </summary>
public sealed class SqliteWriteTurn
{
    private readonly SqliteTransaction _transaction;
    private readonly PreparedStatements _statements;

    internal SqliteWriteTurn(PreparedStatements statements, SqliteTransaction transaction)
    {
        _statements = statements;
        _transaction = transaction;
    }

    public SqliteConnection Connection => _statements.Connection;

    /// <summary>
    /// A command for <paramref name="sql"/> in this write's transaction, prepared once and kept for the
    /// connection's life (SQLite then skips parsing it again), with its parameters cleared. Do not dispose it.
    /// Only for a small, fixed set of statements.
    /// </summary>
    public SqliteCommand Statement(string sql) => _statements.Get(sql, _transaction);

    /// <summary>A command of its own for SQL that varies; dispose it.</summary>
    public SqliteCommand OneOff(string sql) => new(sql, Connection, _transaction);
}
