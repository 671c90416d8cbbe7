namespace BotCare.Builder.Dialogs;

/// <summary>An event travelling up the dialog stack.</summary>
public sealed class DialogEvent
{
    public string Name { get; set; } = string.Empty;

    public object? Value { get; set; }

    /// <summary>Whether the event goes on to the parent when no dialog handles it.</summary>
    public bool Bubble { get; set; }
}
