using BotCare.Builder.Testing;

namespace BotCare.Builder.Dialogs.Tests;

/// <summary>Runs a dialog set the way the SDK's own tests do: continue the stack, or begin <c>rootId</c> when it is empty.</summary>
internal sealed class DialogHarness
{
    public DialogHarness(params Dialog[] dialogs)
    {
        Storage = new MemoryStorage();
        ConversationState = new ConversationState(Storage);
        Adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(ConversationState));
        Dialogs = new DialogSet(ConversationState.CreateProperty<DialogState>("DialogState"));
        foreach (var dialog in dialogs)
        {
            Dialogs.Add(dialog);
        }
    }

    public MemoryStorage Storage { get; }

    public ConversationState ConversationState { get; }

    public TestAdapter Adapter { get; }

    public DialogSet Dialogs { get; }

    public DialogTurnResult? LastResult { get; private set; }

    public TestFlow Flow(string rootId, object? options = null, Func<ITurnContext, DialogTurnResult, Task>? onComplete = null) =>
        new(Adapter, async (turnContext, ct) =>
        {
            var dc = await Dialogs.CreateContextAsync(turnContext, ct);
            LastResult = await dc.ContinueDialogAsync(ct);
            if (LastResult.Status == DialogTurnStatus.Empty)
            {
                LastResult = await dc.BeginDialogAsync(rootId, options, ct);
            }

            if (LastResult.Status is DialogTurnStatus.Complete or DialogTurnStatus.Cancelled && onComplete is not null)
            {
                await onComplete(turnContext, LastResult);
            }
        });

    /// <summary>The stored conversation-state document, as JSON text.</summary>
    public async Task<string> StoredStateJsonAsync()
    {
        var items = await Storage.ReadAsync(["test/conversations/convo1"]);
        return BotJson.Serialize(items["test/conversations/convo1"]);
    }
}
