using BotCare.Cases;
using Npgsql;
using NpgsqlTypes;

namespace BotCare.Storage.Postgres;

/// <summary>Cases in PostgreSQL: the whole case as JSON (<see cref="CaseJson"/>), with the fields agents filter on copied into columns.</summary>
public sealed class PostgresCaseStore : ICaseStore
{
    private readonly PostgresDatabase _database;

    public PostgresCaseStore(PostgresDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync("SELECT document FROM cases WHERE id = @id;", [new NpgsqlParameter<string>("id", caseId)], cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<Case?> FindByConversationAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var found = await QueryAsync(
            "SELECT document FROM cases WHERE conversation_id = @conversation ORDER BY updated_at DESC LIMIT 1;",
            [new NpgsqlParameter<string>("conversation", conversationId)],
            cancellationToken);
        return found.Count > 0 ? found[0] : null;
    }

    public async Task SaveAsync(Case @case, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var document = CaseJson.Serialize(@case);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO cases (id, conversation_id, customer_id, status, order_number, updated_at, document)
            VALUES (@id, @conversation, @customer, @status, @order, @updated, @document)
            ON CONFLICT (id) DO UPDATE SET
                conversation_id = excluded.conversation_id, customer_id = excluded.customer_id, status = excluded.status,
                order_number = excluded.order_number, updated_at = excluded.updated_at, document = excluded.document;
            """,
            connection);
        command.Parameters.Add(new NpgsqlParameter<string>("id", @case.Id));
        command.Parameters.Add(new NpgsqlParameter<string>("conversation", @case.ConversationId));
        command.Parameters.Add(new NpgsqlParameter<string>("customer", @case.Customer.Id));
        command.Parameters.Add(new NpgsqlParameter<string>("status", @case.Status.ToString()));
        command.Parameters.Add(new NpgsqlParameter("order", NpgsqlDbType.Text) { Value = (object?)@case.OrderNumber ?? DBNull.Value });
        command.Parameters.Add(PostgresParameters.Instant("updated", @case.UpdatedAt));
        command.Parameters.Add(new NpgsqlParameter<string>("document", document));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task<IReadOnlyList<Case>> ListAsync(CaseQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var parameters = new List<NpgsqlParameter>();
        if (query.Status is { } status)
        {
            conditions.Add("status = @status");
            parameters.Add(new NpgsqlParameter<string>("status", status.ToString()));
        }

        if (query.CustomerId is { } customer)
        {
            conditions.Add("customer_id = @customer");
            parameters.Add(new NpgsqlParameter<string>("customer", customer));
        }

        if (query.OrderNumber is { } order)
        {
            // Order numbers match whatever the case ("ord-1" is "ORD-1"), as in the other stores.
            conditions.Add("lower(order_number) = lower(@order)");
            parameters.Add(new NpgsqlParameter<string>("order", order));
        }

        if (query.UpdatedSince is { } since)
        {
            conditions.Add("updated_at >= @since");
            parameters.Add(PostgresParameters.Instant("since", since));
        }

        // The creation time is read from the document through the function migration 6 indexes, so no column has to
        // be kept in step with it.
        if (query.CreatedFrom is { } from)
        {
            conditions.Add("botcare_case_created_at(document) >= @createdFrom");
            parameters.Add(PostgresParameters.Instant("createdFrom", from));
        }

        if (query.CreatedBefore is { } before)
        {
            conditions.Add("botcare_case_created_at(document) < @createdBefore");
            parameters.Add(PostgresParameters.Instant("createdBefore", before));
        }

        parameters.Add(new NpgsqlParameter<int>("limit", query.Limit));
        var where = conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty;
        return QueryAsync($"SELECT document FROM cases {where} ORDER BY updated_at DESC LIMIT @limit;", parameters, cancellationToken);
    }

    private async Task<IReadOnlyList<Case>> QueryAsync(string sql, IEnumerable<NpgsqlParameter> parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters.ToArray());
        var cases = new List<Case>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cases.Add(CaseJson.Deserialize(reader.GetString(0)));
        }

        return cases;
    }

    public Task<IReadOnlyList<Case>> ListByConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
        QueryAsync("SELECT document FROM cases WHERE conversation_id = @conversation ORDER BY updated_at DESC;", [new NpgsqlParameter<string>("conversation", conversationId)], cancellationToken);

    public async Task<bool> DeleteAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM cases WHERE id = @id;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("id", caseId));
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    public Task<IReadOnlyList<Case>> ListToAnonymizeAsync(DateTimeOffset updatedBefore, int limit, CancellationToken cancellationToken = default) =>
        QueryAsync(
            "SELECT document FROM cases WHERE updated_at < @before AND NOT starts_with(customer_id, @prefix) ORDER BY updated_at LIMIT @limit;",
            [PostgresParameters.Instant("before", updatedBefore), new NpgsqlParameter<string>("prefix", CaseAnonymizer.PseudonymPrefix), new NpgsqlParameter<int>("limit", limit)],
            cancellationToken);
}
