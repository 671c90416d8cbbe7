using System.Globalization;
using System.Text.Json.Nodes;

namespace BotCare.Builder;

/// <summary>
/// Storage in process memory, for tests and a single developer instance. Values are kept as JSON text, so
/// readers always get fresh copies and everything stored has survived the same serialization a database
/// provider applies.
/// </summary>
public sealed class MemoryStorage : IJsonDocumentStorage
{
    private readonly Dictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private long _lastETag;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, object>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var document) && BotJson.Deserialize<object>(document.Json) is { } value)
                {
                    result[key] = value;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task<IDictionary<string, string>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var document))
                {
                    result[key] = document.Json;
                }
            }
        }

        return Task.FromResult<IDictionary<string, string>>(result);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_lock)
        {
            // Check every change first so a conflict leaves the store untouched.
            foreach (var (key, value) in changes)
            {
                ArgumentNullException.ThrowIfNull(value, key);
                ETagRules.EnsureWritable(key, value, _documents.GetValueOrDefault(key)?.CheckedETag);
            }

            foreach (var (key, value) in changes)
            {
                var eTag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                var node = System.Text.Json.JsonSerializer.SerializeToNode(value, value.GetType(), BotJson.Options);
                // A dictionary read back from an IStoreItem still carries "eTag"; keep it current too.
                if (node is JsonObject item && (value is IStoreItem || item.ContainsKey("eTag")))
                {
                    item["eTag"] = eTag;
                }

                _documents[key] = new StoredDocument(node?.ToJsonString(BotJson.Options) ?? "null", value is IStoreItem ? eTag : null);
            }
        }

        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A stored value; only one written as an <see cref="IStoreItem"/> has an ETag later writes are checked against.</summary>
    private sealed record StoredDocument(string Json, string? CheckedETag);
}
