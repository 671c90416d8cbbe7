using BotCare.Builder;
using BotCare.Builder.Dialogs;

namespace BotCare.Dialogs;

/// <summary>
/// The bot: every message and handoff event runs the recovery dialog; a new chat gets one calm welcome.
/// State is saved by the adapter's <see cref="AutoSaveStateMiddleware"/>.
/// </summary>
public sealed class RecoveryBot : ActivityHandler
{
    private readonly Dialog _dialog;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IStatePropertyAccessor<WelcomeState> _welcome;

    public RecoveryBot(ConversationState conversationState, RecoveryServices services)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _welcome = conversationState.CreateProperty<WelcomeState>(nameof(WelcomeState));
        _dialog = new RecoveryDialog(services, conversationState.CreateProperty<RecoveryState>(nameof(RecoveryState)));
    }

    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
        _dialog.RunAsync(turnContext, _dialogState, cancellationToken);

    /// <summary>Greets once per conversation, however many times the channel reports members joining.</summary>
    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var welcome = await _welcome.GetAsync(turnContext, () => new WelcomeState(), cancellationToken);
        if (welcome.Welcomed)
        {
            return;
        }

        welcome.Welcomed = true;
        await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);
    }

    /// <summary>Handoff status events reach the dialog waiting for the agent side.</summary>
    protected override Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        turnContext.Activity.Name == HandoffEventNames.HandoffStatus
            ? _dialog.RunAsync(turnContext, _dialogState, cancellationToken)
            : Task.CompletedTask;
}
