namespace BotCare.Builder;

/// <summary>A stored document as JSON text, with the ETag of a store item beside it rather than inside it.</summary>
/// <param name="Json">The document exactly as stored, without an <c>eTag</c> property (empty when <see cref="IsUnchanged"/>).</param>
/// <param name="ETag">The item's ETag; null when the document was not written as a store item.</param>
public sealed record StoredJson(string Json, string? ETag)
{
    /// <summary>
    /// True when this is the answer of <see cref="IJsonDocumentStorage.ReadJsonIfChangedAsync"/> that storage still
    /// holds the version the caller named: the caller has that text already, so none is sent.
    /// </summary>
    public bool IsUnchanged { get; private init; }

    /// <summary>The answer that the document is still the version <paramref name="eTag"/> names.</summary>
    public static StoredJson Unchanged(string eTag) => new(string.Empty, eTag) { IsUnchanged = true };
}
