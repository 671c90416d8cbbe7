namespace BotCare.Builder;

/// <summary>Typed reads over <see cref="IStorage"/>.</summary>
public static class StorageExtensions
{
    /// <summary>Reads the keys as <typeparamref name="TStoreItem"/>; values that cannot be read as one are left out.</summary>
    public static async Task<IDictionary<string, TStoreItem>> ReadAsync<TStoreItem>(this IStorage storage, string[] keys, CancellationToken cancellationToken = default)
        where TStoreItem : class
    {
        ArgumentNullException.ThrowIfNull(storage);
        var items = await storage.ReadAsync(keys, cancellationToken);
        var typed = new Dictionary<string, TStoreItem>(StringComparer.Ordinal);
        foreach (var (key, value) in items)
        {
            try
            {
                if (BotJson.Convert<TStoreItem>(value) is { } item)
                {
                    typed[key] = item;
                }
            }
            catch (System.Text.Json.JsonException)
            {
                // Not a TStoreItem: the SDK's typed read filters such values out instead of failing the read.
            }
        }

        return typed;
    }
}
