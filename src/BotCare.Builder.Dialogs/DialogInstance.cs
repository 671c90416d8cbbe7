using System.Text.Json.Serialization;

namespace BotCare.Builder.Dialogs;

/// <summary>One entry of a dialog stack: which dialog, and its persisted progress.</summary>
public sealed class DialogInstance
{
    public DialogInstance()
    {
    }

    public DialogInstance(string id, IDictionary<string, object?>? state = null)
    {
        Id = id;
        State = state ?? new Dictionary<string, object?>(StringComparer.Ordinal);
    }

    public string Id { get; set; } = string.Empty;

    /// <summary>
    /// The dialog's own values; plain JSON-friendly data only, so it survives storage. Read back from storage, scalars
    /// are plain values and objects or lists are <see cref="System.Text.Json.JsonElement"/> until converted.
    /// </summary>
    [JsonConverter(typeof(DialogInstanceStateConverter))]
    public IDictionary<string, object?> State { get; set; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>The dialog's <see cref="Dialog.GetVersion"/> when it began, to detect stacks saved by older code.</summary>
    public string? Version { get; set; }
}
