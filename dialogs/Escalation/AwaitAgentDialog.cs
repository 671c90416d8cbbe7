using BotCare.Builder;
using BotCare.Builder.Dialogs;

namespace BotCare.Dialogs;

/// <summary>
/// Waits while a person takes over: the bot says nothing more of its own, except one reassurance if the
/// customer writes before anyone joins. Ends when the agent side reports the handoff <c>completed</c> or
/// <c>failed</c> (<c>handoff.status</c> events, which waterfalls would ignore), with that
/// <see cref="HandoffStatus"/> as its result: the state, and the agent side's message (what happened, or why not).
/// </summary>
public sealed class AwaitAgentDialog : Dialog
{
    private const string ReassuredKey = "reassured";

    public AwaitAgentDialog()
        : base(nameof(AwaitAgentDialog))
    {
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        => Task.FromResult(EndOfTurn);

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        if (activity is { Type: ActivityTypes.Event, Name: HandoffEventNames.HandoffStatus })
        {
            var status = BotJson.Convert<HandoffStatus>(activity.Value);
            if (status?.State is HandoffStates.Completed or HandoffStates.Failed or HandoffStates.Closed)
            {
                return await dc.EndDialogAsync(status, cancellationToken);
            }

            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        if (activity.Type == ActivityTypes.Message && !instance.State.ContainsKey(ReassuredKey))
        {
            instance.State[ReassuredKey] = true;
            await dc.Context.SendActivityAsync(EscalationResponses.StillWaiting, cancellationToken: cancellationToken);
        }

        return EndOfTurn;
    }
}
