using System.Text.Json;
using BotCare.Cases;
using Npgsql;
using NpgsqlTypes;

namespace BotCare.Storage.Postgres;

/// <summary>
/// The escalation queue in PostgreSQL, shared by every instance: each entry as JSON, with the columns the queue
/// filters and sorts by. A change locks the row (SELECT ... FOR UPDATE), checks it with the shared rules of
/// <see cref="QueueTransition"/> and writes it in the same transaction, so two agents on two instances claiming one
/// chat get exactly one winner. Conversation ids sort byte-wise (COLLATE "C"), as in the other stores.
/// </summary>
public sealed class PostgresEscalationQueue : IEscalationQueue
{
    private const string SelectOne = "SELECT document FROM escalation_queue WHERE conversation_id = @id";

    private readonly PostgresDatabase _database;

    public PostgresEscalationQueue(PostgresDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<QueueEntry> EnqueueAsync(QueueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        // An existing row is locked; with none, two instances may both try to insert: the second one's insert does
        // nothing and it returns the row the first stored, so enqueueing stays idempotent.
        var existing = await ReadAsync(connection, transaction, SelectOne + " FOR UPDATE;", entry.ConversationId, cancellationToken);
        QueueEntry result;
        if (QueueTransition.NewWait(entry, existing) is { } stored)
        {
            var inserted = await WriteRowAsync(connection, transaction, stored, onlyIfAbsent: existing is null, cancellationToken);
            result = inserted ? stored : (await ReadAsync(connection, transaction, SelectOne + ";", entry.ConversationId, cancellationToken))!;
        }
        else
        {
            result = existing!;
        }

        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    public async Task<QueueEntry?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, SelectOne + ";", conversationId, cancellationToken);
    }

    public async Task<IReadOnlyList<QueueEntry>> ListAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var conditions = new List<string>();
        if (query.Status is { } status)
        {
            conditions.Add("status = @status");
            command.Parameters.Add(new NpgsqlParameter<string>("status", status.ToString()));
        }

        if (query.AgentId is { } agent)
        {
            conditions.Add("agent_id = @agent");
            command.Parameters.Add(new NpgsqlParameter<string>("agent", agent));
        }

        if (query.Skills.Count > 0)
        {
            conditions.Add("lower(skill) = ANY(@skills)");
            command.Parameters.Add(new NpgsqlParameter<string[]>("skills", query.Skills.Select(s => s.ToLowerInvariant()).ToArray()));
        }

        command.Parameters.Add(new NpgsqlParameter<int>("limit", query.Limit));
        var where = conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty;
        command.CommandText = $"SELECT document FROM escalation_queue {where} ORDER BY rank DESC, enqueued_at, conversation_id COLLATE \"C\" LIMIT @limit;";
        var entries = new List<QueueEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Deserialize(reader.GetString(0)));
        }

        return entries;
    }

    public Task<int> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        // Those waiting for the same skill that are served before this one, counting itself; 0 when it is not waiting.
        const string sql = """
            SELECT COUNT(*) FROM escalation_queue me JOIN escalation_queue q
              ON q.status = 'Waiting' AND lower(q.skill) = lower(me.skill)
             AND (q.rank > me.rank OR (q.rank = me.rank AND (q.enqueued_at < me.enqueued_at
                  OR (q.enqueued_at = me.enqueued_at AND q.conversation_id COLLATE "C" <= me.conversation_id COLLATE "C"))))
            WHERE me.conversation_id = @value AND me.status = 'Waiting';
            """;
        return ScalarAsync(sql, conversationId, cancellationToken);
    }

    public Task<QueueEntry?> TryAssignAsync(string conversationId, string agentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ChangeAsync(conversationId, QueueTransition.Assign(agentId, at), cancellationToken);

    public Task<QueueEntry?> TryTransferAsync(string conversationId, string fromAgentId, string toAgentId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ChangeAsync(conversationId, QueueTransition.Transfer(fromAgentId, toAgentId, at), cancellationToken);

    public Task<QueueEntry?> TryReleaseAsync(string conversationId, string agentId, CancellationToken cancellationToken = default) =>
        ChangeAsync(conversationId, QueueTransition.Release(agentId), cancellationToken);

    public async Task<bool> CloseAsync(string conversationId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        await ChangeAsync(conversationId, QueueTransition.Close(at), cancellationToken) is not null;

    public Task<int> CountAssignedAsync(string agentId, CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT COUNT(*) FROM escalation_queue WHERE agent_id = @value AND status = 'Assigned';", agentId, cancellationToken);

    public async Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM escalation_queue WHERE customer_id = @customer;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("customer", customerId));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<QueueEntry?> ChangeAsync(string conversationId, QueueTransition transition, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ReadAsync(connection, transaction, SelectOne + " FOR UPDATE;", conversationId, cancellationToken) is not { } entry
            || !transition.TryApply(entry))
        {
            return null;
        }

        await WriteRowAsync(connection, transaction, entry, onlyIfAbsent: false, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    /// <summary>Writes the row; with <paramref name="onlyIfAbsent"/>, false when another transaction inserted it first.</summary>
    private static async Task<bool> WriteRowAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, QueueEntry entry, bool onlyIfAbsent, CancellationToken cancellationToken)
    {
        var conflict = onlyIfAbsent
            ? "DO NOTHING"
            : """
              DO UPDATE SET customer_id = excluded.customer_id, skill = excluded.skill, status = excluded.status,
                  agent_id = excluded.agent_id, rank = excluded.rank, enqueued_at = excluded.enqueued_at, document = excluded.document
              """;
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO escalation_queue (conversation_id, customer_id, skill, status, agent_id, rank, enqueued_at, document)
            VALUES (@id, @customer, @skill, @status, @agent, @rank, @enqueued, @document)
            ON CONFLICT (conversation_id) {conflict};
            """,
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("id", entry.ConversationId));
        command.Parameters.Add(new NpgsqlParameter<string>("customer", entry.CustomerId));
        command.Parameters.Add(new NpgsqlParameter<string>("skill", entry.Skill));
        command.Parameters.Add(new NpgsqlParameter<string>("status", entry.Status.ToString()));
        command.Parameters.Add(new NpgsqlParameter("agent", NpgsqlDbType.Text) { Value = (object?)entry.AgentId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<double>("rank", entry.Rank));
        command.Parameters.Add(PostgresParameters.Instant("enqueued", entry.EnqueuedAt));
        command.Parameters.Add(new NpgsqlParameter<string>("document", JsonSerializer.Serialize(entry, CaseJson.Options)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<QueueEntry?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string conversationId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
        return await command.ExecuteScalarAsync(cancellationToken) is string document ? Deserialize(document) : null;
    }

    private static QueueEntry Deserialize(string document) =>
        JsonSerializer.Deserialize<QueueEntry>(document, CaseJson.Options) ?? throw new JsonException("A stored queue entry was empty.");

    private async Task<int> ScalarAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.Add(new NpgsqlParameter<string>("value", value));
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM escalation_queue WHERE conversation_id = @id;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("id", conversationId));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }
}
