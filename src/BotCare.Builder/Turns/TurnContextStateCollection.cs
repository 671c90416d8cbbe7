namespace BotCare.Builder;

/// <summary>Per-turn values keyed by name, or by type when no name is given.</summary>
public sealed class TurnContextStateCollection : Dictionary<string, object>
{
    public TurnContextStateCollection()
        : base(StringComparer.Ordinal)
    {
    }

    public T? Get<T>(string key)
        where T : class
        => TryGetValue(key, out var value) ? value as T : null;

    public T? Get<T>()
        where T : class
        => Get<T>(KeyOf<T>());

    /// <summary>Adds a value; throws if the key is taken, so two components cannot silently share a key.</summary>
    public void Add<T>(string key, T value)
        where T : class
        => base.Add(key, value ?? throw new ArgumentNullException(nameof(value)));

    public void Add<T>(T value)
        where T : class
        => Add(KeyOf<T>(), value);

    public void Set<T>(string key, T value)
        where T : class
        => this[key] = value ?? throw new ArgumentNullException(nameof(value));

    public void Set<T>(T value)
        where T : class
        => Set(KeyOf<T>(), value);

    private static string KeyOf<T>() => typeof(T).FullName ?? typeof(T).Name;
}
