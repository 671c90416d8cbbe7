using System.Text.Json;

namespace BotCare.Builder;

/// <summary>
/// A state document in <see cref="IStorage"/>, scoped by <see cref="GetStorageKey"/> (conversation, user...).
/// Loaded at most once per turn and cached in the turn state; saved only when it changed.
/// </summary>
public abstract class BotState
{
    private readonly IStorage _storage;
    private readonly string _contextServiceKey;
    private readonly BotStateCache? _cache;

    /// <param name="storage">Where the documents are kept.</param>
    /// <param name="contextServiceKey">The turn state key of the loaded document.</param>
    /// <param name="cache">
    /// Keeps the typed state of recent turns for a storage that returns JSON text (<see cref="IJsonDocumentStorage"/>),
    /// used only when storage still holds exactly what was saved; none means every turn converts its state from JSON.
    /// </param>
    protected BotState(IStorage storage, string contextServiceKey, BotStateCache? cache = null)
    {
        _storage = storage ?? throw new ArgumentNullException(nameof(storage));
        ArgumentException.ThrowIfNullOrEmpty(contextServiceKey);
        _contextServiceKey = contextServiceKey;
        _cache = storage is IJsonDocumentStorage ? cache : null;
    }

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new BotStatePropertyAccessor<T>(this, name);
    }

    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && GetCached(turnContext) is not null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        if (_storage is IJsonDocumentStorage jsonStorage)
        {
            CachedBotState loaded;
            if (_cache is not null && _cache.TryTake(key, out var kept))
            {
                // Storage only confirms the version this instance saved last; the document is read only if it changed.
                var current = await jsonStorage.ReadJsonIfChangedAsync(key, kept.ETag, cancellationToken);
                loaded = current is null ? new CachedBotState()
                    : current.IsUnchanged ? CachedBotState.FromKept(kept.State, kept.Json)
                    : CachedBotState.FromJson(current.Json);
                loaded.ETag = current?.ETag;
            }
            else
            {
                var documents = await jsonStorage.ReadJsonAsync([key], cancellationToken);
                loaded = documents.TryGetValue(key, out var stored) ? CachedBotState.FromJson(stored.Json) : new CachedBotState();
                loaded.ETag = stored?.ETag;
            }

            turnContext.TurnState[_contextServiceKey] = loaded;
            return;
        }

        var items = await _storage.ReadAsync([key], cancellationToken);
        var state = items.TryGetValue(key, out var value)
            ? BotJson.Convert<Dictionary<string, object?>>(value)
            : null;
        turnContext.TurnState[_contextServiceKey] = new CachedBotState(state);
    }

    public async Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = GetCached(turnContext);
        if (cached is null)
        {
            return;
        }

        // One serialization both tells whether anything changed and becomes the fingerprint after the save.
        var hash = CachedBotState.ComputeHash(cached.State);
        var key = GetStorageKey(turnContext);
        if (force || !cached.IsUnchangedFrom(hash))
        {
            // The scale-out pattern: saved only over the version this turn loaded (or, for a new conversation, only
            // if no other instance created it meanwhile); otherwise an ETagConflictException and the turn runs again.
            if (_storage is IJsonDocumentStorage)
            {
                var document = new SerializedStoreItem(hash, cached.ETag);
                await _storage.WriteAsync(new Dictionary<string, object> { [key] = document }, cancellationToken);
                cached.ETag = document.ETag;
            }
            else
            {
                await _storage.WriteAsync(new Dictionary<string, object> { [key] = cached.State }, cancellationToken);
            }

            cached.Hash = hash;
        }

        // Storage now holds exactly this text for these objects (saved or unchanged), as the version cached.ETag names;
        // the next turn may take them once storage confirms that version is still current.
        if (_cache is not null && cached.ETag is { Length: > 0 } savedVersion && savedVersion != ETagRules.Any && !cached.NotCached)
        {
            _cache.Put(key, savedVersion, hash, cached.State);
        }
    }

    /// <summary>
    /// Leaves this turn's state out of the cache once saved, for a conversation that has come to an end: its next
    /// message, if any, is a while away and reads from storage, and meanwhile the cache (and the garbage collector,
    /// for which objects kept for minutes are the expensive kind) holds only conversations still under way.
    /// </summary>
    public void ReleaseAfterSave(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        RequireCached(turnContext).NotCached = true;
    }

    /// <summary>Empties the state for this turn; the empty state is written at the next save.</summary>
    public Task ClearStateAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        // Still saved over the version the turn loaded, so a clear cannot erase another instance's newer save;
        // without a load, clearing means whatever is stored.
        turnContext.TurnState[_contextServiceKey] = new CachedBotState { Hash = [], ETag = GetCached(turnContext) is { } loaded ? loaded.ETag : ETagRules.Any };
        return Task.CompletedTask;
    }

    /// <summary>Deletes the stored document and the turn's cached copy.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState[_contextServiceKey] = new CachedBotState();
        var key = GetStorageKey(turnContext);
        _cache?.Forget(key);
        await _storage.DeleteAsync([key], cancellationToken);
    }

    /// <summary>A JSON snapshot of the cached state (for diagnostics such as the <c>BotState</c> trace).</summary>
    public System.Text.Json.JsonElement? Get(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return GetCached(turnContext) is { } cached ? BotJson.SerializeToElement(cached.State) : null;
    }

    /// <summary>The storage key of the state document for this turn.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    /// <summary>Reads a property; values read back from storage are converted and cached typed, so changes stick.</summary>
    protected internal Task<T> GetPropertyValueAsync<T>(ITurnContext turnContext, string propertyName, CancellationToken cancellationToken = default)
    {
        return TryGetPropertyValue(turnContext, propertyName, out T? value)
            ? Task.FromResult(value!)
            : throw new KeyNotFoundException($"State property '{propertyName}' is not set.");
    }

    /// <summary>The property typed as <typeparamref name="T"/> (converted once, then kept typed), if it is set.</summary>
    internal bool TryGetPropertyValue<T>(ITurnContext turnContext, string propertyName, out T? value)
    {
        var state = RequireCached(turnContext).State;
        if (!state.TryGetValue(propertyName, out var stored))
        {
            value = default;
            return false;
        }

        if (stored is T typed and not JsonElement)
        {
            value = typed;
            return true;
        }

        value = BotJson.Convert<T>(stored);
        state[propertyName] = value;
        return true;
    }

    protected internal Task SetPropertyValueAsync(ITurnContext turnContext, string propertyName, object? value, CancellationToken cancellationToken = default)
    {
        RequireCached(turnContext).State[propertyName] = value;
        return Task.CompletedTask;
    }

    protected internal Task DeletePropertyValueAsync(ITurnContext turnContext, string propertyName, CancellationToken cancellationToken = default)
    {
        RequireCached(turnContext).State.Remove(propertyName);
        return Task.CompletedTask;
    }

    private CachedBotState? GetCached(ITurnContext turnContext) => turnContext.TurnState.Get<CachedBotState>(_contextServiceKey);

    private CachedBotState RequireCached(ITurnContext turnContext) => GetCached(turnContext)
        ?? throw new InvalidOperationException($"{GetType().Name} was not loaded in this turn; call LoadAsync first.");
}
