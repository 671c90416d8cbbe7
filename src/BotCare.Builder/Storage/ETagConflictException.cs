namespace BotCare.Builder;

/// <summary>An <see cref="IStoreItem"/> was written with an ETag that no longer matches the stored one.</summary>
public sealed class ETagConflictException : InvalidOperationException
{
    public ETagConflictException()
        : base("Etag conflict.")
    {
    }

    public ETagConflictException(string message)
        : base(message)
    {
    }

    public ETagConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static ETagConflictException For(string key, string? expected, string? current)
        => new($"Etag conflict on '{key}': the item was written with ETag '{expected ?? "(none)"}' but the stored ETag is '{current}'.");
}
