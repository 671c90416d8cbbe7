using BotCare.Builder.Dialogs;

namespace BotCare.Builder.Testing;

/// <summary>
/// Runs one dialog as if it were the whole bot, for unit tests: each message continues the dialog, or begins
/// it when nothing is active. State lives in a <see cref="ConversationState"/> (over <see cref="MemoryStorage"/>
/// by default) under <c>DialogState</c>, saved after every turn.
/// </summary>
public sealed class DialogTestClient
{
    private readonly TestAdapter _testAdapter;
    private readonly BotCallbackHandler _callback;

    public DialogTestClient(string channelId, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
        : this(new TestAdapter(channelId), targetDialog, initialDialogOptions, middlewares, conversationState)
    {
    }

    public DialogTestClient(TestAdapter testAdapter, Dialog targetDialog, object? initialDialogOptions = null, IEnumerable<IMiddleware>? middlewares = null, ConversationState? conversationState = null)
    {
        ArgumentNullException.ThrowIfNull(targetDialog);
        _testAdapter = testAdapter ?? throw new ArgumentNullException(nameof(testAdapter));
        ConversationState = conversationState ?? new ConversationState(new MemoryStorage());
        _testAdapter.Use(new AutoSaveStateMiddleware(ConversationState));
        foreach (var middleware in middlewares ?? [])
        {
            _testAdapter.Use(middleware);
        }

        var dialogState = ConversationState.CreateProperty<DialogState>("DialogState");
        _callback = async (turnContext, cancellationToken) =>
        {
            var dialogs = new DialogSet(dialogState).Add(targetDialog);
            DialogContext = await dialogs.CreateContextAsync(turnContext, cancellationToken);
            DialogTurnResult = await DialogContext.ContinueDialogAsync(cancellationToken);
            if (DialogTurnResult.Status == DialogTurnStatus.Empty)
            {
                DialogTurnResult = await DialogContext.BeginDialogAsync(targetDialog.Id, initialDialogOptions, cancellationToken);
            }
        };
    }

    public ConversationState ConversationState { get; }

    /// <summary>The dialog context of the last turn.</summary>
    public DialogContext? DialogContext { get; private set; }

    /// <summary>What the dialog returned in the last turn.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends a message and returns the first reply (the rest stay queued for <see cref="GetNextReply{T}"/>).</summary>
    public async Task<T?> SendActivityAsync<T>(string text, CancellationToken cancellationToken = default)
        where T : class, IActivity
    {
        await _testAdapter.SendTextToBotAsync(text, _callback, cancellationToken);
        return GetNextReply<T>();
    }

    public async Task<T?> SendActivityAsync<T>(Activity activity, CancellationToken cancellationToken = default)
        where T : class, IActivity
    {
        await _testAdapter.ProcessActivityAsync(activity, _callback, cancellationToken);
        return GetNextReply<T>();
    }

    public T? GetNextReply<T>()
        where T : class, IActivity
        => _testAdapter.GetNextReply() as T;
}
