using System.Globalization;
using BotCare.Builder;
using Microsoft.Data.Sqlite;

namespace BotCare.Storage.Sqlite;

/// <summary>
/// Bot state in SQLite: one row per key, the value as JSON, and an ETag per row. A write takes the database's
/// write lock first (BEGIN IMMEDIATE) and checks the ETag in the upsert itself, so check and update are one step even
/// when several processes share the file; a batch is written whole or not at all.
/// </summary>
public sealed class SqliteStorage : IJsonDocumentStorage
{
    private const int MaxPreparedKeys = 4;

    private readonly SqliteDatabase _database;
    private readonly TimeProvider _clock;

    public SqliteStorage(SqliteDatabase database, TimeProvider? clock = null)
    {
        _database = database ?? throw new ArgumentNullException(nameof(database));
        _clock = clock ?? TimeProvider.System;
    }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        StoredDocuments.ReadValuesAsync(row => ReadRowsAsync(keys, row, cancellationToken));

    public Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default) =>
        StoredDocuments.ReadTextsAsync(row => ReadRowsAsync(keys, row, cancellationToken));

    /// <summary>
    /// One key's document only if it is not the version <paramref name="knownETag"/> names. The ETag is stored ahead of
    /// the document in the row (migration 7), so confirming an unchanged version reads no overflow page of the text.
    /// </summary>
    public async Task<StoredJson?> ReadJsonIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(knownETag);
        using var lease = await _database.EnterReadAsync(cancellationToken);
        var command = lease.Statement("SELECT etag, is_item, CASE WHEN is_item = 1 AND etag = $known THEN NULL ELSE document END FROM state WHERE key = $key;");
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$known", knownETag);
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

        using var lease = await _database.EnterReadAsync(cancellationToken);
        var sql = $"SELECT key, document, etag, is_item FROM state WHERE key IN ({ParameterNames(keys.Length)});";

        // Turns read one or two keys: those statements stay prepared; a rare long batch gets a command of its own.
        await using var oneOff = keys.Length > MaxPreparedKeys ? new SqliteCommand(sql, lease.Connection) : null;
        var command = oneOff ?? lease.Statement(sql);
        BindKeys(command, keys);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            row(reader.GetString(0), reader.GetString(1), reader.GetBoolean(3) ? reader.GetString(2) : null);
        }
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.Count == 0)
        {
            return;
        }

        // Serialize before queuing: the write loop is shared by every turn, so it should only touch the database.
        var rows = changes.Select(change =>
        {
            ArgumentNullException.ThrowIfNull(change.Value, change.Key);

            // Refuses an empty ETag before anything is written; conflicts are found by the write itself.
            ETagRules.EnsureWritable(change.Key, change.Value, storedETag: null);
            return (change.Key, change.Value, Document: StoredDocuments.ToUtf8Json(change.Value), ETag: Guid.NewGuid().ToString("N"));
        }).ToList();
        var now = _clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

        // All rows or none: a failed ETag check rolls back the whole write.
        await _database.WriteAsync(async turn =>
        {
            foreach (var (key, value, document, eTag) in rows)
            {
                if (!await UpsertAsync(turn, key, value, document, eTag, now))
                {
                    throw ETagConflictException.For(key, ((IStoreItem)value).ETag, await StoredETagAsync(turn, key));
                }
            }
        }, cancellationToken);

        // Committed: the writer's items now carry the version they saved, ready for their next conditional write.
        foreach (var (_, value, _, eTag) in rows)
        {
            if (value is IStoreItem item)
            {
                item.ETag = eTag;
            }
        }
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Length == 0)
        {
            return;
        }

        await _database.WriteAsync(async turn =>
        {
            await using var command = turn.OneOff($"DELETE FROM state WHERE key IN ({ParameterNames(keys.Length)});");
            BindKeys(command, keys);
            await command.ExecuteNonQueryAsync();
        }, cancellationToken);
    }

    /// <summary>The ETag a refused write was checked against (for the conflict's message): only store items have one.</summary>
    private static async Task<string?> StoredETagAsync(SqliteWriteTurn turn, string key)
    {
        var command = turn.Statement("SELECT etag FROM state WHERE key = $key AND is_item = 1;");
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync() as string;
    }

    /// <summary>
    /// Inserts or replaces the row if the ETag rules allow, in one statement (the ETag check is the upsert's condition);
    /// false when a stored item's ETag does not match. Only store items carry an ETag to check; other values are
    /// last-write-wins, and a store item without an ETag is created only where no item is stored yet.
    /// </summary>
    private static async Task<bool> UpsertAsync(SqliteWriteTurn turn, string key, object value, byte[] document, string eTag, string now)
    {
        var condition = StoredDocuments.ReplaceCondition(value, "$expected", out var expected);
        var command = turn.Statement(
            $"""
            INSERT INTO state (key, etag, is_item, updated_at, document) VALUES ($key, $etag, $isItem, $now, CAST($document AS TEXT))
            ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, is_item = excluded.is_item, updated_at = excluded.updated_at, document = excluded.document
            WHERE {condition};
            """);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$etag", eTag);
        command.Parameters.AddWithValue("$isItem", value is IStoreItem);
        command.Parameters.AddWithValue("$now", now);
        command.Parameters.AddWithValue("$document", document);
        if (expected is not null)
        {
            command.Parameters.AddWithValue("$expected", expected);
        }

        return await command.ExecuteNonQueryAsync() == 1;
    }

    /// <summary>The parameter names of an IN list of <paramref name="count"/> keys; keys are never spliced into SQL.</summary>
    private static string ParameterNames(int count) =>
        string.Join(", ", Enumerable.Range(0, count).Select(i => $"$k{i.ToString(CultureInfo.InvariantCulture)}"));

    private static void BindKeys(SqliteCommand command, string[] keys)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            command.Parameters.AddWithValue($"$k{i.ToString(CultureInfo.InvariantCulture)}", keys[i]);
        }
    }
}
