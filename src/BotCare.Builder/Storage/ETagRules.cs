namespace BotCare.Builder;

/// <summary>The ETag rules of <see cref="IStorage"/> in one place, so every provider applies the same ones.</summary>
public static class ETagRules
{
    public const string Any = "*";

    /// <summary>
    /// Throws unless <paramref name="value"/> may overwrite a stored item whose current ETag is
    /// <paramref name="storedETag"/> (null when the key does not exist).
    /// </summary>
    public static void EnsureWritable(string key, object value, string? storedETag)
    {
        if (value is not IStoreItem item)
        {
            return;
        }

        if (item.ETag is { Length: 0 })
        {
            throw new ArgumentException($"The ETag of '{key}' is empty; use null for a new item or \"*\" to overwrite.", nameof(value));
        }

        if (storedETag is not null && item.ETag != Any && item.ETag != storedETag)
        {
            throw ETagConflictException.For(key, item.ETag, storedETag);
        }
    }
}
