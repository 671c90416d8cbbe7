using System.Text.Json;

namespace BotCare.Builder;

/// <summary>A state document as loaded for one turn, with a fingerprint to tell whether it changed.</summary>
internal sealed class CachedBotState
{
    public CachedBotState(Dictionary<string, object?>? state = null)
    {
        State = state ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        Hash = ComputeHash(State);
    }

    /// <summary>
    /// The state as stored JSON: each property stays a <see cref="JsonElement"/> until a turn reads it (and
    /// <see cref="BotJson.Convert{T}"/> turns it into what the reader asks for); the stored text is the fingerprint.
    /// </summary>
    public static CachedBotState FromJson(string json)
    {
        var state = new Dictionary<string, object?>(StringComparer.Ordinal);
        var document = BotJson.Deserialize<JsonElement>(json);
        if (document.ValueKind != JsonValueKind.Object)
        {
            return new CachedBotState(state);
        }

        foreach (var property in document.EnumerateObject())
        {
            state[property.Name] = property.Value;
        }

        return new CachedBotState(state, System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <summary>Objects a <see cref="BotStateCache"/> kept, for the version storage confirmed it still holds as <paramref name="json"/>.</summary>
    public static CachedBotState FromKept(Dictionary<string, object?> state, byte[] json) => new(state, json);

    private CachedBotState(Dictionary<string, object?> state, byte[] hash)
    {
        State = state;
        Hash = hash;
    }

    public Dictionary<string, object?> State { get; }

    /// <summary>Whether the cache should not keep this state after its save (<see cref="BotState.ReleaseAfterSave"/>).</summary>
    public bool NotCached { get; set; }

    /// <summary>The version in storage this state was loaded from or last saved as; null when it was never stored.</summary>
    public string? ETag { get; set; }

    /// <summary>The serialized state (UTF-8) when it was loaded or last saved; empty forces the next save.</summary>
    public byte[] Hash { get; set; }

    public static byte[] ComputeHash(Dictionary<string, object?> state) => BotJson.SerializeToUtf8Bytes(state);

    /// <summary>Whether <paramref name="hash"/> is the same serialization as <see cref="Hash"/>.</summary>
    public bool IsUnchangedFrom(byte[] hash) => Hash.Length > 0 && hash.AsSpan().SequenceEqual(Hash);
}
