namespace BotCare.Builder.Dialogs;

/// <summary>
/// A persisted dialog stack: <c>{"dialogStack":[{"id":...,"state":{...}}]}</c>, the active dialog at index 0.
/// </summary>
public sealed class DialogState
{
    public DialogState()
    {
    }

    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? [];
    }

    public List<DialogInstance> DialogStack { get; set; } = [];
}
