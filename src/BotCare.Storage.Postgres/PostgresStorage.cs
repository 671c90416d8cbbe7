using BotCare.Builder;
using Npgsql;

namespace BotCare.Storage.Postgres;

/// <summary>
/// Bot state in PostgreSQL: one row per key, the value as JSON text, and an ETag per row. Each write is one
/// conditional upsert: the row is replaced only if the ETag rules allow it, checked by PostgreSQL under the row's
/// lock, so two instances writing the same store item at once cannot both win. A batch is written whole or not at all.
/// </summary>
public sealed class PostgresStorage : IJsonDocumentStorage
{
    private readonly PostgresDatabase _database;
    private readonly TimeProvider _clock;

    public PostgresStorage(PostgresDatabase database, TimeProvider? clock = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _clock = clock ?? TimeProvider.System;
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        StoredDocuments.ReadValuesAsync(row => ReadRowsAsync(keys, row, cancellationToken));

    public Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default) =>
        StoredDocuments.ReadTextsAsync(row => ReadRowsAsync(keys, row, cancellationToken));

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        foreach (var (key, value) in changes)
        {
            ArgumentNullException.ThrowIfNull(value, key);

            // Refuses an empty ETag before anything is written; conflicts are PostgreSQL's to find.
            ETagRules.EnsureWritable(key, value, storedETag: null);
        }

        var now = _clock.GetUtcNow();
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = changes.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
        var written = new List<(IStoreItem Item, string ETag)>();
        foreach (var (key, value) in changes)
        {
            var eTag = Guid.NewGuid().ToString("N");
            if (value is IStoreItem storeItem)
            {
                written.Add((storeItem, eTag));
            }

            if (!await UpsertAsync(connection, transaction, key, value, eTag, now, cancellationToken))
            {
                // Nothing of the batch is kept: the transaction rolls back when it is disposed uncommitted.
                var item = (IStoreItem)value;
                throw ETagConflictException.For(key, item.ETag, await StoredETagAsync(connection, transaction, key, cancellationToken));
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        // Committed: the writer's items now carry the version they saved, ready for their next conditional write.
        written.ForEach(w => w.Item.ETag = w.ETag);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM state WHERE key = ANY(@keys);", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Inserts or replaces the row if the ETag rules allow; false when the stored item's ETag does not match.</summary>
    private static async Task<bool> UpsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, object value, string eTag, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var condition = StoredDocuments.ReplaceCondition(value, "@expected", out var expected);
        await using var command = new NpgsqlCommand(
            $"""
            INSERT INTO state (key, document, etag, is_item, updated_at) VALUES (@key, @document, @etag, @isItem, @now)
            ON CONFLICT (key) DO UPDATE SET document = excluded.document, etag = excluded.etag, is_item = excluded.is_item, updated_at = excluded.updated_at
            WHERE {condition};
            """,
            connection,
            transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        command.Parameters.Add(new NpgsqlParameter<string>("document", StoredDocuments.ToJson(value)));
        command.Parameters.Add(new NpgsqlParameter<string>("etag", eTag));
        command.Parameters.Add(new NpgsqlParameter<bool>("isItem", value is IStoreItem));
        command.Parameters.Add(PostgresParameters.Instant("now", now));
        if (expected is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string>("expected", expected));
        }

        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static async Task<string?> StoredETagAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT etag FROM state WHERE key = @key AND is_item;", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    /// <summary>
    /// One key's document only if it is not the version <paramref name="knownETag"/> names; an unchanged (and, at 4 KB,
    /// compressed out of line) document is neither fetched nor sent.
    /// </summary>
    public async Task<StoredJson?> ReadJsonIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(knownETag);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT etag, is_item, CASE WHEN is_item AND etag = @known THEN NULL ELSE document END FROM state WHERE key = @key;", connection);
        command.Parameters.Add(new NpgsqlParameter<string>("key", key));
        command.Parameters.Add(new NpgsqlParameter<string>("known", knownETag));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await StoredDocuments.ReadIfChangedAsync(reader, knownETag, cancellationToken);
    }

    /// <summary>Each stored row among <paramref name="keys"/>: key, JSON document, and the ETag if it is a store item.</summary>
    private async Task ReadRowsAsync(string[] keys, Action<string, string, string?> row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT key, document, etag, is_item FROM state WHERE key = ANY(@keys);", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", keys));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader.GetString(0), reader.GetString(1), reader.GetBoolean(3) ? reader.GetString(2) : null);
        }
    }
}
