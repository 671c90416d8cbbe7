namespace BotCare.Web.Tests;

/// <summary>Storage that works until a test switches it off, then fails every call as an unreachable database would.</summary>
internal sealed class BrokenStorage : IStorage
{
    private readonly MemoryStorage _inner = new();

    public bool Down { get; set; }

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Down ? throw new IOException("storage unreachable") : _inner.ReadAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        Down ? throw new IOException("storage unreachable") : _inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        Down ? throw new IOException("storage unreachable") : _inner.DeleteAsync(keys, cancellationToken);
}
