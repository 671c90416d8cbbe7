using System.Text.Json;
using BotCare.Cases;
using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// The commitment ledger in SQLite: each commitment as JSON, with the columns the scheduler and agents filter on.
/// Changes read, check and write inside one write of <see cref="SqliteDatabase"/>, which holds SQLite's write lock,
/// so two schedulers (threads or processes) never lease the same commitment while its lease runs. The rules are
/// <see cref="CommitmentLedgerRules"/>'s, shared with the other stores.
/// </summary>
public sealed class SqliteCommitmentStore : ICommitmentStore
{
    private const string SelectOne = "SELECT document FROM commitments WHERE id = $id;";

    private readonly SqliteDatabase _database;

    public SqliteCommitmentStore(SqliteDatabase database) => _database = database ?? throw new ArgumentNullException(nameof(database));

    public async Task<Commitment> AddAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        Commitment? stored = null;
        await _database.WriteAsync(async turn =>
        {
            stored = await ReadAsync(turn.Statement(SelectOne), commitment.Id);
            if (stored is null)
            {
                stored = CommitmentLedgerRules.Copy(commitment);
                stored.Version = 1;
                await WriteRowAsync(turn, stored);
            }
        }, cancellationToken);
        return stored!;
    }

    public async Task<bool> TrySaveAsync(Commitment commitment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var saved = CommitmentLedgerRules.Copy(commitment);
        saved.Version = commitment.Version + 1;
        var changed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("""
                UPDATE commitments SET kind = $kind, status = $status, owner = $owner, case_id = $case, customer_id = $customer,
                    due_at = $due, lease_until = $lease, version = $version, document = $document
                WHERE id = $id AND version = $expected;
                """);
            AddColumns(command, saved);
            command.Parameters.AddWithValue("$expected", commitment.Version);
            changed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        if (changed == 1)
        {
            commitment.Version = saved.Version;
        }

        return changed == 1;
    }

    public async Task<Commitment?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new SqliteCommand(SelectOne, connection);
        return await ReadAsync(command, id);
    }

    public async Task<IReadOnlyList<Commitment>> ListAsync(CommitmentQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var conditions = new List<string>();
        void Filter(string column, string name, object? value)
        {
            if (value is not null)
            {
                conditions.Add($"{column} = {name}");
                command.Parameters.AddWithValue(name, value);
            }
        }

        Filter("status", "$status", query.Status?.ToString());
        Filter("kind", "$kind", query.Kind?.ToString());
        Filter("case_id", "$case", query.CaseId);
        Filter("customer_id", "$customer", query.CustomerId);
        Filter("owner", "$owner", query.Owner);
        if (query.DueBefore is { } dueBefore)
        {
            conditions.Add("due_at <= $dueBefore");
            command.Parameters.AddWithValue("$dueBefore", SqliteTime.Text(dueBefore));
        }

        command.Parameters.AddWithValue("$limit", query.Limit);
        var where = conditions.Count > 0 ? "WHERE " + string.Join(" AND ", conditions) : string.Empty;
        command.CommandText = $"SELECT document FROM commitments {where} ORDER BY due_at, id LIMIT $limit;";
        return await ReadAllAsync(command);
    }

    public async Task<IReadOnlyList<Commitment>> ClaimDueAsync(CommitmentKind kind, DateTimeOffset now, string leaseOwner, TimeSpan lease, int max, CancellationToken cancellationToken = default)
    {
        var claimed = new List<Commitment>();
        await _database.WriteAsync(async turn =>
        {
            var select = turn.Statement("""
                SELECT document FROM commitments
                WHERE status = 'Open' AND kind = $kind AND due_at <= $now AND (lease_until IS NULL OR lease_until <= $now)
                ORDER BY due_at, id LIMIT $max;
                """);
            select.Parameters.AddWithValue("$kind", kind.ToString());
            select.Parameters.AddWithValue("$now", SqliteTime.Text(now));
            select.Parameters.AddWithValue("$max", max);
            foreach (var commitment in await ReadAllAsync(select))
            {
                CommitmentLedgerRules.Lease(commitment, leaseOwner, now + lease);
                await WriteRowAsync(turn, commitment);
                claimed.Add(commitment);
            }
        }, cancellationToken);
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
        var removed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM commitments WHERE customer_id = $customer;");
            command.Parameters.AddWithValue("$customer", customerId);
            removed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        return removed;
    }

    private async Task<bool> ChangeAsync(string id, Func<Commitment, bool> change, CancellationToken cancellationToken)
    {
        var changed = false;
        await _database.WriteAsync(async turn =>
        {
            if (await ReadAsync(turn.Statement(SelectOne), id) is { } commitment && change(commitment))
            {
                await WriteRowAsync(turn, commitment);
                changed = true;
            }
        }, cancellationToken);
        return changed;
    }

    private static async Task WriteRowAsync(SqliteWriteTurn turn, Commitment commitment)
    {
        var command = turn.Statement("""
            INSERT INTO commitments (id, kind, status, owner, case_id, customer_id, due_at, lease_until, version, document)
            VALUES ($id, $kind, $status, $owner, $case, $customer, $due, $lease, $version, $document)
            ON CONFLICT (id) DO UPDATE SET
                kind = excluded.kind, status = excluded.status, owner = excluded.owner, case_id = excluded.case_id,
                customer_id = excluded.customer_id, due_at = excluded.due_at, lease_until = excluded.lease_until,
                version = excluded.version, document = excluded.document;
            """);
        AddColumns(command, commitment);
        await command.ExecuteNonQueryAsync();
    }

    private static void AddColumns(SqliteCommand command, Commitment commitment)
    {
        command.Parameters.AddWithValue("$id", commitment.Id);
        command.Parameters.AddWithValue("$kind", commitment.Kind.ToString());
        command.Parameters.AddWithValue("$status", commitment.Status.ToString());
        command.Parameters.AddWithValue("$owner", commitment.Owner);
        command.Parameters.AddWithValue("$case", (object?)commitment.CaseId ?? DBNull.Value);
        command.Parameters.AddWithValue("$customer", (object?)commitment.CustomerId ?? DBNull.Value);
        command.Parameters.AddWithValue("$due", SqliteTime.Text(commitment.DueAt));
        command.Parameters.AddWithValue("$lease", SqliteTime.TextOrNull(commitment.LeaseUntil));
        command.Parameters.AddWithValue("$version", commitment.Version);
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(commitment, CaseJson.Options));
    }

    private static async Task<Commitment?> ReadAsync(SqliteCommand command, string id)
    {
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteScalarAsync() is string document ? Deserialize(document) : null;
    }

    private static async Task<List<Commitment>> ReadAllAsync(SqliteCommand command)
    {
        var commitments = new List<Commitment>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            commitments.Add(Deserialize(reader.GetString(0)));
        }

        return commitments;
    }

    private static Commitment Deserialize(string document) =>
        JsonSerializer.Deserialize<Commitment>(document, CaseJson.Options) ?? throw new JsonException("A stored commitment was empty.");

    public async Task<int> DeleteByCaseAsync(string caseId, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        await _database.WriteAsync(async turn =>
        {
            var command = turn.Statement("DELETE FROM commitments WHERE case_id = $case;");
            command.Parameters.AddWithValue("$case", caseId);
            removed = await command.ExecuteNonQueryAsync();
        }, cancellationToken);
        return removed;
    }
}
