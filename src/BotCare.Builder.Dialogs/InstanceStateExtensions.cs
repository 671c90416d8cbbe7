namespace BotCare.Builder.Dialogs;

/// <summary>
/// Typed reads of a dialog's persisted state. After a restart a stored object comes back as a plain
/// dictionary; reading it converts it once and puts the typed object back, so later changes are saved.
/// </summary>
internal static class InstanceStateExtensions
{
    public static T GetTyped<T>(this IDictionary<string, object?> state, string key)
        where T : class
    {
        state.TryGetValue(key, out var value);
        if (value is T typed)
        {
            return typed;
        }

        var converted = BotJson.Convert<T>(value)
            ?? throw new InvalidOperationException($"Dialog state '{key}' is missing or is not a {typeof(T).Name}.");
        state[key] = converted;
        return converted;
    }

    public static int GetInt(this IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) && value is not null
            ? Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
}
