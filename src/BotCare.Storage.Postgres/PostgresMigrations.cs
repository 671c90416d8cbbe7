using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>
/// The schema, as numbered steps, the same tables as SQLite's. A database records the last step applied in
/// <c>schema_version</c>; at start every later step runs in one transaction, under an advisory lock so two instances
/// starting together do not both migrate. Never edit a released step: add one.
/// </summary>
internal static class PostgresMigrations
{
    // Any fixed number will do; it only has to be the same for every instance.
    private const long MigrationLock = 0x426f7443617265;

    private static readonly string[] Steps =
    [
        // 1: bot state documents, with an ETag per document for optimistic concurrency. The document is text, not
        // jsonb: bot state compares the stored text with what it saved, and jsonb would reorder it.
        """
        CREATE TABLE state (
            key         text PRIMARY KEY,
            document    text NOT NULL,
            etag        text NOT NULL,
            is_item     boolean NOT NULL,
            updated_at  timestamptz NOT NULL
        );
        """,

        // 2: cases, the document plus the columns agents filter and sort by.
        """
        CREATE TABLE cases (
            id               text PRIMARY KEY,
            conversation_id  text NOT NULL,
            customer_id      text NOT NULL,
            status           text NOT NULL,
            order_number     text,
            updated_at       timestamptz NOT NULL,
            document         text NOT NULL
        );
        CREATE INDEX cases_by_conversation ON cases (conversation_id, updated_at);
        CREATE INDEX cases_by_update ON cases (updated_at);
        CREATE INDEX cases_by_order ON cases (lower(order_number));
        """,

        // 3: transcripts, one row per logged activity; "at" is the activity's timestamp in UTC ticks.
        """
        CREATE TABLE transcripts (
            seq              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            channel_id       text NOT NULL,
            conversation_id  text NOT NULL,
            at               bigint NOT NULL,
            document         text NOT NULL
        );
        CREATE INDEX transcripts_by_conversation ON transcripts (channel_id, conversation_id, at, seq);
        """,

        // 4: the escalation queue, one row per conversation: the entry as JSON plus the columns the queue filters
        // and sorts by. Skills compare ignoring case, as in the other stores.
        """
        CREATE TABLE escalation_queue (
            conversation_id  text PRIMARY KEY,
            customer_id      text NOT NULL,
            skill            text NOT NULL,
            status           text NOT NULL,
            agent_id         text,
            rank             double precision NOT NULL,
            enqueued_at      timestamptz NOT NULL,
            document         text NOT NULL
        );
        CREATE INDEX escalation_queue_by_status ON escalation_queue (status, lower(skill), rank DESC, enqueued_at);
        CREATE INDEX escalation_queue_by_agent ON escalation_queue (agent_id, status);
        CREATE INDEX escalation_queue_by_customer ON escalation_queue (customer_id);
        """,

        // 5: the commitment ledger: the commitment as JSON plus the columns the scheduler and agents filter on.
        """
        CREATE TABLE commitments (
            id           text PRIMARY KEY,
            kind         text NOT NULL,
            status       text NOT NULL,
            owner        text NOT NULL,
            case_id      text,
            customer_id  text,
            due_at       timestamptz NOT NULL,
            lease_until  timestamptz,
            version      bigint NOT NULL,
            document     text NOT NULL
        );
        CREATE INDEX commitments_due ON commitments (status, kind, due_at);
        CREATE INDEX commitments_by_case ON commitments (case_id);
        CREATE INDEX commitments_by_customer ON commitments (customer_id);
        """,

        // 6 (insights): cases by creation time, read from the document, for reports over a period. The cast of text
        // to timestamptz is only marked stable (it may depend on settings), but the document always holds ISO 8601
        // with an explicit offset, which reads the same under any setting, so the function can be marked immutable
        // and indexed.
        """
        CREATE FUNCTION botcare_case_created_at(document text) RETURNS timestamptz
            LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
            AS $$ SELECT (document::jsonb ->> 'createdAt')::timestamptz $$;
        CREATE INDEX cases_by_creation ON cases (botcare_case_created_at(document));
        """,
    ];

    public static int Latest => Steps.Length;

    public static async Task ApplyAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock});");
        await ExecuteAsync(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL);");
        var current = await CurrentVersionAsync(connection, CancellationToken.None, transaction);
        for (var step = current + 1; step <= Steps.Length; step++)
        {
            await ExecuteAsync(connection, transaction, Steps[step - 1]);
        }

        if (current < Steps.Length)
        {
            await ExecuteAsync(connection, transaction, $"DELETE FROM schema_version; INSERT INTO schema_version (version) VALUES ({Steps.Length});");
        }

        await transaction.CommitAsync();
    }

    public static async Task<int> CurrentVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken, NpgsqlTransaction? transaction = null)
    {
        await using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version;", connection, transaction);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync();
    }
}
