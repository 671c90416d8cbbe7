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
    private readonly IStatePropertyAccessor<RecoveryState> _recovery;
    private readonly IStatePropertyAccessor<ConversationSession> _session;
    private readonly RecoveryServices _services;
    private readonly ConversationState _conversationState;

    public RecoveryBot(ConversationState conversationState, RecoveryServices services)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _welcome = conversationState.CreateProperty<WelcomeState>(nameof(WelcomeState));
        _recovery = conversationState.CreateProperty<RecoveryState>(nameof(RecoveryState));
        _session = conversationState.CreateProperty<ConversationSession>(nameof(ConversationSession));
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _conversationState = conversationState;
        _dialog = new RecoveryDialog(services, _recovery);
    }

    /// <summary>
    /// The version of the recovery dialogs' steps and saved shapes. Raise it when a change means a stack saved by the
    /// previous version cannot be continued (steps removed or reordered, options reshaped): those conversations then
    /// start again gracefully instead of failing.
    /// </summary>
    public const int DialogsVersion = 1;

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await StartAfreshIfStaleAsync(turnContext, cancellationToken);
        }

        await base.OnTurnAsync(turnContext, cancellationToken);
    }

    /// <summary>A stack saved by other dialogs, or one left idle too long, is dropped, and the customer told why.</summary>
    private async Task StartAfreshIfStaleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var now = _services.Now;
        var session = await _session.GetAsync(turnContext, () => new ConversationSession { DialogsVersion = DialogsVersion, LastSeenAt = now }, cancellationToken);
        var stack = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        string? greeting = null;
        if (stack.DialogStack.Count > 0 && session.DialogsVersion != DialogsVersion)
        {
            greeting = RecoveryResponses.RestartAfterUpdate;
        }
        else if (stack.DialogStack.Count > 0 && now - session.LastSeenAt > _services.Options.IdleTimeout)
        {
            greeting = RecoveryResponses.WelcomeBack;
        }

        session.DialogsVersion = DialogsVersion;
        session.LastSeenAt = now;
        if (greeting is null)
        {
            return;
        }

        // Only the conversation's own state goes; the turn journal and the saved case stay.
        await _dialogState.DeleteAsync(turnContext, cancellationToken);
        await _recovery.DeleteAsync(turnContext, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text(greeting), cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);

        // The recovery conversation is over (said goodbye, or handed over and closed): nothing to keep in memory for it.
        if ((await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken)).DialogStack.Count == 0)
        {
            _conversationState.ReleaseAfterSave(turnContext);
        }
    }

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

    /// <summary>Handoff status events reach the dialog waiting for the agent side; follow-up events start the check-in.</summary>
    protected override async Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        switch (turnContext.Activity.Name)
        {
            case HandoffEventNames.HandoffStatus:
                await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);
                break;
            case FollowUpRequest.EventName when FollowUpRequest.From((Activity)turnContext.Activity) is not null:
                // The check-in counts as the conversation being active again: the customer's answer, days after the chat,
                // continues it instead of being greeted as a stale conversation.
                var session = await _session.GetAsync(turnContext, () => new ConversationSession(), cancellationToken);
                session.DialogsVersion = DialogsVersion;
                session.LastSeenAt = _services.Now;
                await _dialog.RunAsync(turnContext, _dialogState, cancellationToken);
                break;
        }
    }
}
