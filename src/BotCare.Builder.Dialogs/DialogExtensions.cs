namespace BotCare.Builder.Dialogs;

/// <summary>Running a root dialog as a bot's whole turn logic.</summary>
public static class DialogExtensions
{
    /// <summary>The trace name, label and value type of the per-turn state snapshot the emulator shows.</summary>
    public const string BotStateTraceName = "BotState";
    public const string BotStateTraceLabel = "Bot State";
    public const string BotStateTraceValueType = "https://www.botframework.com/schemas/botState";

    /// <summary>
    /// Continues the stack stored through <paramref name="accessor"/>, or begins <paramref name="dialog"/>
    /// when nothing is active. An exception is first offered to the dialogs as an <see cref="DialogEvents.Error"/>
    /// event and rethrown (to the adapter's OnTurnError) when none handles it. Saving state is the caller's job
    /// (usually <see cref="AutoSaveStateMiddleware"/>).
    /// </summary>
    public static async Task RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);

        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken);
        try
        {
            var result = await dc.ContinueDialogAsync(cancellationToken);
            if (result.Status == DialogTurnStatus.Empty)
            {
                await dc.BeginDialogAsync(dialog.Id, null, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            // A dialog may handle the error (e.g. apologize and escalate); then the turn goes on normally.
            if (!await dc.EmitEventAsync(DialogEvents.Error, ex, bubble: true, fromLeaf: true, cancellationToken))
            {
                throw;
            }
        }

        // Only the emulator shows traces; other channels would just carry them, so they are not sent there.
        if (turnContext.Activity.ChannelId == Channels.Emulator)
        {
            var snapshot = new DialogState(dc.Stack);
            var trace = Activity.CreateTraceActivity(BotStateTraceName, BotStateTraceValueType, snapshot, BotStateTraceLabel);
            await turnContext.SendActivityAsync(trace, cancellationToken);
        }
    }
}
