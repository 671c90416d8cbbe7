namespace BotCare.Builder;

/// <summary>
/// The typed state this instance last saved (or loaded unchanged) for each document, next to the exact JSON text
/// stored and the ETag of that version. When a turn reads the document again and storage still holds that version
/// (the same ETag: every write makes a new one), the turn takes those objects instead of reading, parsing and
/// converting the JSON again: nothing is trusted from memory that storage does not confirm, so a change written by
/// another instance (a new ETag) is always read from storage.
/// </summary>
/// <remarks>
/// A turn takes an entry out while it runs and the entry comes back only after a successful save, so two turns never
/// share objects and a turn that fails half way leaves nothing behind that storage does not hold. The capacity bounds
/// memory: past it, the documents saved longest ago are dropped and those conversations' next turns read from storage
/// as usual.
/// </remarks>
public sealed class BotStateCache
{
    // Two generations approximate least-recently-used at the cost of a dictionary swap: a save goes into the recent
    // one; when it is full it becomes the older one and the previous older one is dropped whole. A conversation that
    // is still talking is saved again within a generation and so survives; finished ones age out.
    private readonly Lock _lock = new();
    private readonly int _generationSize;
    private Dictionary<string, Kept> _recent = new(StringComparer.Ordinal);
    private Dictionary<string, Kept> _older = new(StringComparer.Ordinal);

    public BotStateCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        Capacity = capacity;
        _generationSize = Math.Max(1, capacity / 2);
    }

    /// <summary>How many documents are kept at most.</summary>
    public int Capacity { get; }

    /// <summary>How many documents are kept now.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _recent.Count + _older.Count;
            }
        }
    }

    /// <summary>
    /// Takes out what was kept for <paramref name="key"/>, to be used only if storage confirms its ETag is still current;
    /// either way the entry is gone until the turn saves.
    /// </summary>
    internal bool TryTake(string key, out Kept kept)
    {
        Kept? entry;
        lock (_lock)
        {
            if (!_recent.Remove(key, out entry))
            {
                _older.Remove(key, out entry);
            }
        }

        kept = entry!;
        return entry is not null;
    }

    /// <summary>Keeps <paramref name="state"/> as the objects that <paramref name="storedJson"/>, now in storage as version <paramref name="eTag"/>, stands for.</summary>
    internal void Put(string key, string eTag, byte[] storedJson, Dictionary<string, object?> state)
    {
        var entry = new Kept(eTag, storedJson, state);
        lock (_lock)
        {
            _older.Remove(key);
            _recent[key] = entry;
            if (_recent.Count >= _generationSize)
            {
                _older = _recent;
                _recent = new Dictionary<string, Kept>(StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Forgets <paramref name="key"/>, when its stored document is deleted.</summary>
    internal void Forget(string key)
    {
        lock (_lock)
        {
            _recent.Remove(key);
            _older.Remove(key);
        }
    }

    /// <summary>A saved version: its ETag, its JSON text (the next save's change fingerprint) and its objects.</summary>
    internal sealed record Kept(string ETag, byte[] Json, Dictionary<string, object?> State);
}
