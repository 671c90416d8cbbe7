namespace BotCare.Builder;

/// <summary>
/// A key-value store for bot state. Values come back as plain dictionaries (read them typed with
/// <see cref="StorageExtensions.ReadAsync{TStoreItem}"/>).
/// <para>
/// ETag rules, shared by every provider and checked by one contract suite: only values implementing
/// <see cref="IStoreItem"/> are concurrency-checked; every write gives such an item a new ETag; writing it with
/// an ETag other than the stored one throws <see cref="ETagConflictException"/>; <c>"*"</c> writes
/// unconditionally; a null ETag is fine only for a key that does not exist yet; an empty ETag is an
/// <see cref="ArgumentException"/>. Other values are written unconditionally (last writer wins).
/// </para>
/// </summary>
public interface IStorage
{
    /// <summary>Reads the given keys; keys that do not exist are simply absent from the result.</summary>
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    /// <summary>Writes all changes, or none when one of them fails its ETag check.</summary>
    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    /// <summary>Deletes the given keys; unknown keys are not an error.</summary>
    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}
