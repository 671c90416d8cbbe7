using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BotCare.Builder;

/// <summary>
/// How a database provider turns <see cref="IStorage"/> values into stored JSON and back, written once so every
/// provider stores exactly the same text. The ETag of a store item lives in its own column: a copy inside the
/// document would go stale, so it is left out when writing and put back when reading.
/// </summary>
public static class StoredDocuments
{
    private const string ETagProperty = "eTag";

    /// <summary>The value as the JSON to store, without an ETag.</summary>
    public static string ToJson(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        switch (value)
        {
            case SerializedDocument serialized:
                return serialized.Json;
            case SerializedStoreItem serializedItem:
                return serializedItem.Json;
            case IDictionary<string, object?> state when state.ContainsKey(ETagProperty):
                // Bot state documents: a shallow copy without the ETag, serialized once.
                var copy = new Dictionary<string, object?>(state, StringComparer.Ordinal);
                copy.Remove(ETagProperty);
                return BotJson.Serialize(copy);
            case IDictionary<string, object?>:
                return BotJson.Serialize(value);
            default:
                var node = JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options);
                (node as JsonObject)?.Remove(ETagProperty);
                return node?.ToJsonString(BotJson.Options) ?? "null";
        }
    }

    /// <summary>
    /// The value as the UTF-8 JSON to store, without an ETag: what <see cref="ToJson"/> gives, for a provider that binds
    /// UTF-8 (an already serialized state document then goes to the database without becoming text in between).
    /// </summary>
    public static byte[] ToUtf8Json(object value) => value is SerializedStoreItem serializedItem
        ? serializedItem.Utf8Json
        : System.Text.Encoding.UTF8.GetBytes(ToJson(value));

    /// <summary>
    /// The condition of a provider's upsert (in SQL over its <c>state</c> row, with <c>is_item</c> and <c>etag</c>) under
    /// which <paramref name="value"/> may replace what is stored, so the ETag rules are checked by the write itself:
    /// plain values always, a store item without an ETag only over no item, one with an ETag only over that version.
    /// <paramref name="expected"/> is the ETag to bind as <paramref name="expectedParameter"/>, or null when none is used.
    /// </summary>
    public static string ReplaceCondition(object value, string expectedParameter, out string? expected)
    {
        expected = null;
        switch (value is IStoreItem item ? item.ETag : ETagRules.Any)
        {
            case ETagRules.Any:
                return "TRUE";
            case null:
                return "NOT state.is_item";
            case var eTag:
                expected = eTag;
                return $"NOT state.is_item OR state.etag = {expectedParameter}";
        }
    }

    /// <summary>
    /// The answer of <see cref="IJsonDocumentStorage.ReadJsonIfChangedAsync"/> from a provider's query returning
    /// <c>etag, is_item</c> and the document, or NULL where the row is the item version <paramref name="knownETag"/>.
    /// </summary>
    public static async Task<StoredJson?> ReadIfChangedAsync(DbDataReader reader, string knownETag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var eTag = reader.GetBoolean(1) ? reader.GetString(0) : null;
        return await reader.IsDBNullAsync(2, cancellationToken) ? StoredJson.Unchanged(knownETag) : new StoredJson(reader.GetString(2), eTag);
    }

    /// <summary>A stored document as <see cref="IStorage.ReadAsync"/> returns it: plain values, with the item's ETag.</summary>
    public static object? ToValue(string json, string? eTag)
    {
        var value = BotJson.Deserialize<object>(json);
        if (eTag is not null && value is Dictionary<string, object?> item)
        {
            item[ETagProperty] = eTag;
        }

        return value;
    }

    /// <summary>
    /// What <see cref="IStorage.ReadAsync"/> returns, from a provider's rows: <paramref name="readRows"/> calls the
    /// callback with each row's key, stored JSON and ETag (null unless it is a store item).
    /// </summary>
    public static async Task<IDictionary<string, object>> ReadValuesAsync(Func<Action<string, string, string?>, Task> readRows)
    {
        ArgumentNullException.ThrowIfNull(readRows);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        await readRows((key, json, eTag) =>
        {
            if (ToValue(json, eTag) is { } value)
            {
                result[key] = value;
            }
        });
        return result;
    }

    /// <summary>What <see cref="IJsonDocumentStorage.ReadJsonAsync"/> returns, from a provider's rows (as <see cref="ReadValuesAsync"/>).</summary>
    public static async Task<IDictionary<string, StoredJson>> ReadTextsAsync(Func<Action<string, string, string?>, Task> readRows)
    {
        ArgumentNullException.ThrowIfNull(readRows);
        var result = new Dictionary<string, StoredJson>(StringComparer.Ordinal);
        await readRows((key, json, eTag) => result[key] = new StoredJson(json, eTag));
        return result;
    }
}
