using BotCare.Cases;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// Cases in SQLite: the whole case as JSON (<see cref="CaseJson"/>), with the fields agents filter on copied into
/// columns. Times are stored as fixed-width UTC text, so text order is time order.
/// </summary>
public sealed class SqliteCaseStore : ICaseStore
{
    /// <summary>
    /// The created_at column's form (migration 8): UTC to the millisecond, as SQLite's strftime writes it, which is how
    /// the column was filled from the documents of cases stored before it existed.
    /// </summary>
    private const string CreatedAtFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private readonly SqliteDatabase _database;

    public SqliteCaseStore(SqliteDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync("SELECT document FROM cases WHERE id = $id;", [("$id", caseId)], cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<Case?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(
            "SELECT document FROM cases WHERE conversation_id = $conversation ORDER BY updated_at DESC LIMIT 1;",
            [("$conversation", conversationId)],
            cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task SaveAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var document = CaseJson.SerializeToUtf8Bytes(@case);
        (string Id, string Conversation, string Customer, string Status, object Order, string Updated, string Created) row =
            (@case.Id, @case.ConversationId, @case.Customer.Id, @case.Status.ToString(), (object?)@case.OrderNumber ?? DBNull.Value, SqliteTime.Text(@case.UpdatedAt), CreatedAtText(@case.CreatedAt));
        await _database.WriteAsync(async turn =>
        {
            // A case's creation time never changes, so a save leaves its index alone.
            var command = turn.Statement("""
                INSERT INTO cases (id, conversation_id, customer_id, status, order_number, updated_at, created_at, document)
                VALUES ($id, $conversation, $customer, $status, $order, $updated, $created, CAST($document AS TEXT))
                ON CONFLICT (id) DO UPDATE SET
                    conversation_id = excluded.conversation_id, customer_id = excluded.customer_id, status = excluded.status,
                    order_number = excluded.order_number, updated_at = excluded.updated_at, document = excluded.document;
                """);
            command.Parameters.AddWithValue("$id", row.Id);
            command.Parameters.AddWithValue("$conversation", row.Conversation);
            command.Parameters.AddWithValue("$customer", row.Customer);
            command.Parameters.AddWithValue("$status", row.Status);
            command.Parameters.AddWithValue("$order", row.Order);
            command.Parameters.AddWithValue("$updated", row.Updated);
            command.Parameters.AddWithValue("$created", row.Created);
            command.Parameters.AddWithValue("$document", document);
            await command.ExecuteNonQueryAsync();
        }, cancellationToken);
    }

    public Task<IReadOnlyList<Case>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var parameters = new List<(string, object)>();
        if (query.Status is { } status)
        {
            conditions.Add("status = $status");
            parameters.Add(("$status", status.ToString()));
        }

        if (query.CustomerId is { } customer)
        {
            conditions.Add("customer_id = $customer");
            parameters.Add(("$customer", customer));
        }

        if (query.OrderNumber is { } order)
        {
            conditions.Add("order_number = $order");
            parameters.Add(("$order", order));
        }

        if (query.UpdatedSince is { } since)
        {
            conditions.Add("updated_at >= $since");
            parameters.Add(("$since", SqliteTime.Text(since)));
        }

        // UTC text at millisecond precision on both sides, so offsets compare as instants.
        if (query.CreatedFrom is { } from)
        {
            conditions.Add("created_at >= $createdFrom");
            parameters.Add(("$createdFrom", CreatedAtText(from)));
        }

        if (query.CreatedBefore is { } before)
        {
            conditions.Add("created_at < $createdBefore");
            parameters.Add(("$createdBefore", CreatedAtText(before)));
        }

        parameters.Add(("$limit", query.Limit));
        var where = conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty;
        return QueryAsync($"SELECT document FROM cases {where} ORDER BY updated_at DESC LIMIT $limit;", parameters, cancellationToken);
    }

    private async Task<IReadOnlyList<Case>> QueryAsync(string sql, IEnumerable<(string Name, object Value)> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        var cases = new List<Case>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(CaseJson.Deserialize(reader.GetString(0)));
        }

        return cases;
    }

    public Task<IReadOnlyList<Case>> ListByConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT document FROM cases WHERE conversation_id = $conversation ORDER BY updated_at DESC;", [("$conversation", conversationId)], cancellationToken);

    public async Task<bool> DeleteAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM cases WHERE id = $id;");
            command.Parameters.AddWithValue("$id", caseId);
            removed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        return removed > 0;
    }

    public Task<IReadOnlyList<Case>> ListToAnonymizeAsync(DateTimeOffset updatedBefore, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            "SELECT document FROM cases WHERE updated_at < $before AND substr(customer_id, 1, length($prefix)) <> $prefix ORDER BY updated_at LIMIT $limit;",
            [("$before", SqliteTime.Text(updatedBefore)), ("$prefix", CaseAnonymizer.PseudonymPrefix), ("$limit", limit)],
            cancellationToken);

    private static string CreatedAtText(DateTimeOffset time) => time.UtcDateTime.ToString(CreatedAtFormat, System.Globalization.CultureInfo.InvariantCulture);
}
