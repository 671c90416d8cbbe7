using System.Text.Json;
using BotCare.Cases;
using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// The escalation queue in SQLite: each entry as JSON, with the columns the queue filters and sorts by. Every
/// change reads, checks and writes the row inside one write of <see cref="SqliteDatabase"/>, which holds SQLite's
/// write lock (BEGIN IMMEDIATE): two agents claiming one chat, in this process or another, get exactly one winner.
/// The rules of each change are <see cref="QueueTransition"/>'s, shared with the other stores.
/// </summary>
public sealed class SqliteEscalationQueue : IEscalationQueue
{
    private const string SelectOne = "SELECT document FROM escalation_queue WHERE conversation_id = $id;";

    private readonly SqliteDatabase _database;

    public SqliteEscalationQueue(SqliteDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<QueueEntry> EnqueueAsync(QueueEntry entry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        QueueEntry? result = null;
        await _database.WriteAsync(async turn =>
        {
            var existing = await ReadAsync(turn.Statement(SelectOne), entry.ConversationId);
            if (QueueTransition.NewWait(entry, existing) is { } stored)
            {
                await WriteRowAsync(turn, stored);
                result = stored;
            }
            else
            {
                result = existing;
            }
        }, cancellationToken);
        return result!;
    }

    public async Task<QueueEntry?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new SqliteCommand(SelectOne, connection);
        return await ReadAsync(command, conversationId);
    }

    public async Task<IReadOnlyList<QueueEntry>> ListAsync(QueueQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        if (query.Status is { } status)
        {
            conditions.Add("status = $status");
            command.Parameters.AddWithValue("$status", status.ToString());
        }

        if (query.AgentId is { } agent)
        {
            conditions.Add("agent_id = $agent");
            command.Parameters.AddWithValue("$agent", agent);
        }

        if (query.Skills.Count > 0)
        {
            // One parameter per skill; the skill column compares ignoring case (COLLATE NOCASE).
            var names = query.Skills.Select((skill, i) =>
            {
                command.Parameters.AddWithValue($"$skill{i}", skill);
                return $"$skill{i}";
            }).ToList();
            conditions.Add($"skill IN ({string.Join(", ", names)})");
        }

        command.Parameters.AddWithValue("$limit", query.Limit);
        var where = conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty;
        command.CommandText = $"SELECT document FROM escalation_queue {where} ORDER BY rank DESC, enqueued_at, conversation_id LIMIT $limit;";
        var entries = new List<QueueEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(Deserialize(reader.GetString(0)));
        }

        return entries;
    }

    public async Task<int> PositionAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        // Those waiting for the same skill that are served before this one, counting itself; 0 when it is not waiting.
        const string sql = """
            SELECT COUNT(*) FROM escalation_queue me JOIN escalation_queue q
              ON q.status = 'Waiting' AND q.skill = me.skill
             AND (q.rank > me.rank OR (q.rank = me.rank AND (q.enqueued_at < me.enqueued_at
                  OR (q.enqueued_at = me.enqueued_at AND q.conversation_id <= me.conversation_id))))
            WHERE me.conversation_id = $id AND me.status = 'Waiting';
            """;
        return await ScalarAsync(sql, "$id", conversationId, cancellationToken);
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
        ScalarAsync("SELECT COUNT(*) FROM escalation_queue WHERE agent_id = $agent AND status = 'Assigned';", "$agent", agentId, cancellationToken);

    public async Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM escalation_queue WHERE customer_id = $customer;");
            command.Parameters.AddWithValue("$customer", customerId);
            removed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        return removed;
    }

    private async Task<QueueEntry?> ChangeAsync(string conversationId, QueueTransition transition, CancellationToken cancellationToken)
    {
        QueueEntry? changed = null;
        await _database.WriteAsync(async turn =>
        {
            if (await ReadAsync(turn.Statement(SelectOne), conversationId) is { } entry && transition.TryApply(entry))
            {
                await WriteRowAsync(turn, entry);
                changed = entry;
            }
        }, cancellationToken);
        return changed;
    }

    private static async Task WriteRowAsync(SqliteWriteTurn turn, QueueEntry entry)
    {
        var command = turn.Statement("""
            INSERT INTO escalation_queue (conversation_id, customer_id, skill, status, agent_id, rank, enqueued_at, document)
            VALUES ($id, $customer, $skill, $status, $agent, $rank, $enqueued, $document)
            ON CONFLICT (conversation_id) DO UPDATE SET
                customer_id = excluded.customer_id, skill = excluded.skill, status = excluded.status, agent_id = excluded.agent_id,
                rank = excluded.rank, enqueued_at = excluded.enqueued_at, document = excluded.document;
            """);
        command.Parameters.AddWithValue("$id", entry.ConversationId);
        command.Parameters.AddWithValue("$customer", entry.CustomerId);
        command.Parameters.AddWithValue("$skill", entry.Skill);
        command.Parameters.AddWithValue("$status", entry.Status.ToString());
        command.Parameters.AddWithValue("$agent", (object?)entry.AgentId ?? DBNull.Value);
        command.Parameters.AddWithValue("$rank", entry.Rank);
        command.Parameters.AddWithValue("$enqueued", SqliteTime.Text(entry.EnqueuedAt));
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(entry, CaseJson.Options));
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<QueueEntry?> ReadAsync(SqliteCommand command, string conversationId)
    {
        command.Parameters.AddWithValue("$id", conversationId);
        return await command.ExecuteScalarAsync() is string document ? Deserialize(document) : null;
    }

    private static QueueEntry Deserialize(string document) =>
        JsonSerializer.Deserialize<QueueEntry>(document, CaseJson.Options) ?? throw new JsonException("A stored queue entry was empty.");

    private async Task<int> ScalarAsync(string sql, string name, string value, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new SqliteCommand(sql, connection);
        command.Parameters.AddWithValue(name, value);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<bool> DeleteAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM escalation_queue WHERE conversation_id = $id;");
            command.Parameters.AddWithValue("$id", conversationId);
            removed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        return removed > 0;
    }
}
