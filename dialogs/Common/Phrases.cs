namespace BotCare.Dialogs;

/// <summary>
/// Picks one of several ways to say something, in turn, so a conversation never repeats itself word for word
/// (the second apology is not the first one again). Deterministic, so tests can assert the wording.
/// </summary>
public static class Phrases
{
    public static string Pick(RecoveryState state, string key, params string[] variants)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(variants);
        var used = state.PhraseUse.GetValueOrDefault(key);
        state.PhraseUse[key] = used + 1;
        return variants[used % variants.Length];
    }
}
