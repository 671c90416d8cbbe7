using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// The schema, as numbered steps. A database records the last step applied in <c>schema_version</c>; at start
/// every later step runs, in order, each in its own transaction. Never edit a released step: add one.
/// </summary>
internal static class SqliteMigrations
{
    private static readonly string[] Steps =
    [
        // 1: bot state documents, with an ETag per document for optimistic concurrency.
        """
        CREATE TABLE state (
            key         TEXT PRIMARY KEY,
            document    TEXT NOT NULL,
            etag        TEXT NOT NULL,
            is_item     INTEGER NOT NULL,
            updated_at  TEXT NOT NULL
        );
        """,

        // 2: cases, the document plus the columns agents filter and sort by.
        """
        CREATE TABLE cases (
            id               TEXT PRIMARY KEY,
            conversation_id  TEXT NOT NULL,
            customer_id      TEXT NOT NULL,
            status           TEXT NOT NULL,
            order_number     TEXT COLLATE NOCASE,
            updated_at       TEXT NOT NULL,
            document         TEXT NOT NULL
        );
        CREATE INDEX cases_by_conversation ON cases (conversation_id, updated_at);
        CREATE INDEX cases_by_update ON cases (updated_at);
        """,

        // 3: transcripts, one row per logged activity; "at" is the activity's timestamp in UTC ticks.
        """
        CREATE TABLE transcripts (
            seq              INTEGER PRIMARY KEY AUTOINCREMENT,
            channel_id       TEXT NOT NULL,
            conversation_id  TEXT NOT NULL,
            at               INTEGER NOT NULL,
            document         TEXT NOT NULL
        );
        CREATE INDEX transcripts_by_conversation ON transcripts (channel_id, conversation_id, at, seq);
        """,

        // 4: the escalation queue, one row per conversation: the entry as JSON plus the columns the queue filters
        // and sorts by. Times are fixed-width UTC text, so text order is time order.
        """
        CREATE TABLE escalation_queue (
            conversation_id  TEXT PRIMARY KEY,
            customer_id      TEXT NOT NULL,
            skill            TEXT NOT NULL COLLATE NOCASE,
            status           TEXT NOT NULL,
            agent_id         TEXT,
            rank             REAL NOT NULL,
            enqueued_at      TEXT NOT NULL,
            document         TEXT NOT NULL
        );
        CREATE INDEX escalation_queue_by_status ON escalation_queue (status, skill, rank DESC, enqueued_at);
        CREATE INDEX escalation_queue_by_agent ON escalation_queue (agent_id, status);
        CREATE INDEX escalation_queue_by_customer ON escalation_queue (customer_id);
        """,

        // 5: the commitment ledger: the commitment as JSON plus the columns the scheduler and agents filter on.
        """
        CREATE TABLE commitments (
            id           TEXT PRIMARY KEY,
            kind         TEXT NOT NULL,
            status       TEXT NOT NULL,
            owner        TEXT NOT NULL,
            case_id      TEXT,
            customer_id  TEXT,
            due_at       TEXT NOT NULL,
            lease_until  TEXT,
            version      INTEGER NOT NULL,
            document     TEXT NOT NULL
        );
        CREATE INDEX commitments_due ON commitments (status, kind, due_at);
        CREATE INDEX commitments_by_case ON commitments (case_id);
        CREATE INDEX commitments_by_customer ON commitments (customer_id);
        """,

        // 6 (insights): cases by creation time, read from the document in UTC, for reports over a period. The expression
        // is SqliteCaseStore.CreatedAtExpression's, character for character, or SQLite would not use the index.
        """
        CREATE INDEX cases_by_creation ON cases (strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(document, '$.createdAt')));
        """,

        // 7: the state row's small columns ahead of its document. SQLite keeps the start of a row in its page and the
        // rest of a long one (a conversation's state is some 4 KB) on overflow pages, reached only by reading through
        // them: with the ETag first, a turn confirms its cached version, and a save checks it, without reading the text.
        """
        CREATE TABLE state_reordered (
            key         TEXT PRIMARY KEY,
            etag        TEXT NOT NULL,
            is_item     INTEGER NOT NULL,
            updated_at  TEXT NOT NULL,
            document    TEXT NOT NULL
        );
        INSERT INTO state_reordered (key, etag, is_item, updated_at, document) SELECT key, etag, is_item, updated_at, document FROM state;
        DROP TABLE state;
        ALTER TABLE state_reordered RENAME TO state;
        """,

        // 8: the creation time as a column of its own, written with every save, instead of an index on an expression
        // over the document: that index made every case save (several per conversation) parse the old and the new JSON.
        """
        ALTER TABLE cases ADD COLUMN created_at TEXT;
        UPDATE cases SET created_at = strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(document, '$.createdAt'));
        DROP INDEX cases_by_creation;
        CREATE INDEX cases_by_created_at ON cases (created_at);
        """,
    ];

    public static int Latest => Steps.Length;

    public static async Task ApplyAsync(SqliteDatabase database)
    {
        await using var connection = await database.OpenRawAsync(CancellationToken.None);
        await ApplyAsync(connection, Steps.Length);
    }

    /// <summary>Brings the schema up to step <paramref name="lastStep"/> (tests start from an older schema this way).</summary>
    internal static async Task ApplyAsync(SqliteConnection connection, int lastStep)
    {
        // Write-ahead logging is a property of the file: readers never wait for the writer.
        await Execute(connection, null, "PRAGMA journal_mode=WAL;");
        await Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);");
        for (var step = await CurrentVersionAsync(connection) + 1; step <= lastStep; step++)
        {
            // BEGIN IMMEDIATE: take the write lock now, so two processes cannot both migrate.
            await using var transaction = connection.BeginTransaction(deferred: false);

            // Another process may have migrated meanwhile; the write lock makes this check reliable.
            if (await CurrentVersionAsync(connection, transaction) >= step)
            {
                continue;
            }

            await Execute(connection, transaction, Steps[step - 1]);
            await Execute(connection, transaction, "DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ($v);", ("$v", step));
            await transaction.CommitAsync();
        }
    }

    public static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction? transaction = null)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version;";
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync();
    }
}
