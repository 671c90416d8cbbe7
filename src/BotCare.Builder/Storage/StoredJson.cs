namespace BotCare.Builder;

/// <summary>A stored document as JSON text, with the ETag of a store item beside it rather than inside it.</summary>
/// <param name="Json">The document exactly as stored, without an <c>eTag</c> property.</param>
/// <param name="ETag">The item's ETag; null when the document was not written as a store item.</param>
public sealed record StoredJson(string Json, string? ETag);
