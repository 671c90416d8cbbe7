namespace BotCare.Builder;

/// <summary>Typed reads over <see cref="IStorage"/>.</summary>
public static class StorageExtensions
{
    /// <summary>
    /// Reads the keys as <typeparamref name="TStoreItem"/>. Stored values are plain JSON, so each is converted;
    /// a value that is not shaped like one throws <see cref="System.Text.Json.JsonException"/>.
    /// </summary>
    public static async Task<IDictionary<string, TStoreItem>> ReadAsync<TStoreItem>(this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
        where TStoreItem : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys, cancellationToken);
        var typed = new Dictionary<string, TStoreItem>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            if (BotJson.Convert<TStoreItem>(value) is { } item)
            {
                typed[key] = item;
            }
        }

        return typed;
    }
}
