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
}
