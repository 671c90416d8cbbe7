namespace BotCare.Web;

/// <summary>What an erasure or a retention sweep removed so far, store by store, in the order the stores were named.</summary>
public sealed class RemovalLedger
{
    private readonly List<ErasureStoreResult> _stores = [];

    public IReadOnlyList<ErasureStoreResult> Stores => _stores;

    public int Total => _stores.Sum(s => s.Removed);

    /// <summary>Records <paramref name="count"/> records removed from <paramref name="store"/>, named by <paramref name="item"/>.</summary>
    public void Add(string store, string? item, int count = 1)
    {
        if (count <= 0)
        {
            return;
        }

        var result = Store(store);
        result.Removed += count;
        if (item is not null)
        {
            result.Items.Add(item);
        }
    }

    /// <summary>The entry for <paramref name="store"/>, so a report lists every store looked at, zero included.</summary>
    public ErasureStoreResult Store(string store)
    {
        var result = _stores.Find(s => s.Store == store);
        if (result is null)
        {
            result = new ErasureStoreResult { Store = store };
            _stores.Add(result);
        }

        return result;
    }
}
