namespace BotCare.Builder;

/// <summary>A state document as loaded for one turn, with a fingerprint to tell whether it changed.</summary>
internal sealed class CachedBotState
{
    public CachedBotState(Dictionary<string, object?>? state = null)
    {
        State = state ?? new Dictionary<string, object?>(StringComparer.Ordinal);
        Hash = ComputeHash(State);
    }

    public Dictionary<string, object?> State { get; }

    /// <summary>The serialized state when it was loaded or last saved; empty forces the next save.</summary>
    public string Hash { get; set; }

    public static string ComputeHash(Dictionary<string, object?> state) => BotJson.Serialize(state);
}
