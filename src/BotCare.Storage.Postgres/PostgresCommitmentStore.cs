using System.Text.Json;
using BotCare.Cases;
using Npgsql;
using NpgsqlTypes;

namespace BotCare.Storage.Postgres;

/// <summary>
/// The commitment ledger in PostgreSQL, shared by every instance: each commitment as JSON, with the columns the
/// scheduler and agents filter on. Schedulers claim due commitments with row locks that skip rows another instance
/// is claiming (FOR UPDATE SKIP LOCKED), so each follow-up is leased to one instance at a time and none waits for
/// another. The rules are <see cref="CommitmentLedgerRules"/>'s, shared with the other stores.
/// </summary>
public sealed class PostgresCommitmentStore : ICommitmentStore
{
    private const string SelectOne = "SELECT document FROM commitments WHERE id = @id";

    private const string Upsert = """
        INSERT INTO commitments (id, kind, status, owner, case_id, customer_id, due_at, lease_until, version, document)
        VALUES (@id, @kind, @status, @owner, @case, @customer, @due, @lease, @version, @document)
        """;

    private const string UpdateAll = """
        kind = excluded.kind, status = excluded.status, owner = excluded.owner, case_id = excluded.case_id,
        customer_id = excluded.customer_id, due_at = excluded.due_at, lease_until = excluded.lease_until,
        version = excluded.version, document = excluded.document
        """;

    private readonly PostgresDatabase _database;

    public PostgresCommitmentStore(PostgresDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<Commitment> AddAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var stored = CommitmentLedgerRules.Copy(commitment);
        stored.Version = 1;
        await using var connection = await _database.OpenAsync(cancellationToken);
        if (await WriteAsync(connection, null, Upsert + " ON CONFLICT (id) DO NOTHING;", stored, null, cancellationToken))
        {
            return stored;
        }

        return (await ReadAsync(connection, null, SelectOne + ";", commitment.Id, cancellationToken))!;
    }

    public async Task<bool> TrySaveAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var saved = CommitmentLedgerRules.Copy(commitment);
        saved.Version = commitment.Version + 1;
        await using var connection = await _database.OpenAsync(cancellationToken);
        var changed = await WriteAsync(
            connection,
            null,
            """
            UPDATE commitments SET kind = @kind, status = @status, owner = @owner, case_id = @case, customer_id = @customer,
                due_at = @due, lease_until = @lease, version = @version, document = @document
            WHERE id = @id AND version = @expected;
            """,
            saved,
            commitment.Version,
            cancellationToken);
        if (changed)
        {
            commitment.Version = saved.Version;
        }

        return changed;
    }

    public async Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await ReadAsync(connection, null, SelectOne + ";", id, cancellationToken);
    }

    public async Task<IReadOnlyList<Commitment>> ListAsync(CommitmentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand { Connection = connection };
        var conditions = new List<string>();
        void Filter(string column, string? value)
        {
            if (value is not null)
            {
                conditions.Add($"{column} = @{column}");
                command.Parameters.Add(new NpgsqlParameter<string>(column, value));
            }
        }

        Filter("status", query.Status?.ToString());
        Filter("kind", query.Kind?.ToString());
        Filter("case_id", query.CaseId);
        Filter("customer_id", query.CustomerId);
        Filter("owner", query.Owner);
        if (query.DueBefore is { } dueBefore)
        {
            conditions.Add("due_at <= @due_before");
            command.Parameters.Add(PostgresParameters.Instant("due_before", dueBefore));
        }

        command.Parameters.Add(new NpgsqlParameter<int>("limit", query.Limit));
        var where = conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty;
        command.CommandText = $"SELECT document FROM commitments {where} ORDER BY due_at, id COLLATE \"C\" LIMIT @limit;";
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<IReadOnlyList<Commitment>> ClaimDueAsync(CommitmentKind kind, DateTimeOffset now, string leaseOwner, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var select = new NpgsqlCommand(
            """
            SELECT document FROM commitments
            WHERE status = 'Open' AND kind = @kind AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY due_at, id COLLATE "C" LIMIT @max
            FOR UPDATE SKIP LOCKED;
            """,
            connection,
            transaction);
        select.Parameters.Add(new NpgsqlParameter<string>("kind", kind.ToString()));
        select.Parameters.Add(PostgresParameters.Instant("now", now));
        select.Parameters.Add(new NpgsqlParameter<int>("max", max));
        var claimed = await ReadAllAsync(select, cancellationToken);
        foreach (var commitment in claimed)
        {
            CommitmentLedgerRules.Lease(commitment, leaseOwner, now + lease);
            await WriteAsync(connection, transaction, Upsert + $" ON CONFLICT (id) DO UPDATE SET {UpdateAll};", commitment, null, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return claimed;
    }

    public Task<bool> TryCompleteAsync(string id, CommitmentStatus status, DateTimeOffset at, string completedBy, CancellationToken cancellationToken = default)
    {
        CommitmentLedgerRules.EnsureFinal(status);
        return ChangeAsync(id, c => CommitmentLedgerRules.TryComplete(c, status, at, completedBy), cancellationToken);
    }

    public Task ReleaseLeaseAsync(string id, string leaseOwner, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, c => CommitmentLedgerRules.TryReleaseLease(c, leaseOwner), cancellationToken);

    public async Task<int> DeleteByCustomerAsync(string customerId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM commitments WHERE customer_id = @customer;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("customer", customerId));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<bool> ChangeAsync(string id, Func<Commitment, bool> change, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await ReadAsync(connection, transaction, SelectOne + " FOR UPDATE;", id, cancellationToken) is not { } commitment || !change(commitment))
        {
            return false;
        }

        await WriteAsync(connection, transaction, Upsert + $" ON CONFLICT (id) DO UPDATE SET {UpdateAll};", commitment, null, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Runs an insert or update of the commitment's columns; true when it changed a row.</summary>
    private static async Task<bool> WriteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, Commitment commitment, long? expectedVersion, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("id", commitment.Id));
        command.Parameters.Add(new NpgsqlParameter<string>("kind", commitment.Kind.ToString()));
        command.Parameters.Add(new NpgsqlParameter<string>("status", commitment.Status.ToString()));
        command.Parameters.Add(new NpgsqlParameter<string>("owner", commitment.Owner));
        command.Parameters.Add(new NpgsqlParameter("case", NpgsqlDbType.Text) { Value = (object?)commitment.CaseId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter("customer", NpgsqlDbType.Text) { Value = (object?)commitment.CustomerId ?? DBNull.Value });
        command.Parameters.Add(PostgresParameters.Instant("due", commitment.DueAt));
        command.Parameters.Add(PostgresParameters.Instant("lease", commitment.LeaseUntil));
        command.Parameters.Add(new NpgsqlParameter<long>("version", commitment.Version));
        command.Parameters.Add(new NpgsqlParameter<string>("document", JsonSerializer.Serialize(commitment, CaseJson.Options)));
        if (expectedVersion is { } expected)
        {
            command.Parameters.Add(new NpgsqlParameter<long>("expected", expected));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<Commitment?> ReadAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string id, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("id", id));
        return await command.ExecuteScalarAsync(cancellationToken) is string document ? Deserialize(document) : null;
    }

    private static async Task<List<Commitment>> ReadAllAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var commitments = new List<Commitment>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            commitments.Add(Deserialize(reader.GetString(0)));
        }

        return commitments;
    }

    private static Commitment Deserialize(string document) =>
        JsonSerializer.Deserialize<Commitment>(document, CaseJson.Options) ?? throw new JsonException("A stored commitment was empty.");

    public async Task<int> DeleteByCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM commitments WHERE case_id = @case;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("case", caseId));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
