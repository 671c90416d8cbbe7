using System.Globalization;

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
                if (_documents.TryGetValue(key, out var document) && StoredDocuments.ToValue(document.Json, document.CheckedETag) is { } value)
                {
                    result[key] = value;
                }
            }
        }

        return Task.FromResult<IDictionary<string, object>>(result);
    }

    public Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoredJson>(StringComparer.Ordinal);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var document))
                {
                    result[key] = new StoredJson(document.Json, document.CheckedETag);
                }
            }
        }

        return Task.FromResult<IDictionary<string, StoredJson>>(result);
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
                // Stored as a database provider stores it: the JSON without an ETag, the ETag beside it.
                var eTag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                _documents[key] = new StoredDocument(StoredDocuments.ToJson(value), value is IStoreItem ? eTag : null);
                if (value is IStoreItem item)
                {
                    item.ETag = eTag;
                }
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
