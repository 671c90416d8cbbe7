namespace BotCare.Builder;

/// <summary>
/// A storage that keeps documents as JSON and can hand them back as such. Bot state uses it to leave each
/// property as JSON until a turn reads it, and to take the stored text as the fingerprint that tells whether
/// the state changed, instead of turning the whole document into objects and writing it out again. Such a
/// storage also accepts a <see cref="SerializedDocument"/> or <see cref="SerializedStoreItem"/> as a value to write, and stores its JSON as it is.
/// </summary>
public interface IJsonDocumentStorage : IStorage
{
    /// <summary>
    /// Reads the given keys as JSON text: the same documents <see cref="IStorage.ReadAsync"/> returns, before they are
    /// parsed, with the ETag of a store item beside the text. Keys that do not exist are absent from the result.
    /// </summary>
    Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads one document unless storage still holds the version <paramref name="knownETag"/> names: then the answer is
    /// <see cref="StoredJson.Unchanged"/>, without the text, which the caller kept when it saved or read that version.
    /// Null when the key does not exist. Every write gives a document a new ETag, so an equal ETag means exactly the text
    /// that write stored. Providers answer this without reading the document; this default reads it.
    /// </summary>
    async Task<StoredJson?> ReadJsonIfChangedAsync(string key, string knownETag, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(knownETag);
        var documents = await ReadJsonAsync([key], cancellationToken);
        if (!documents.TryGetValue(key, out var stored))
        {
            return null;
        }

        return string.Equals(stored.ETag, knownETag, StringComparison.Ordinal) ? StoredJson.Unchanged(knownETag) : stored;
    }
}
