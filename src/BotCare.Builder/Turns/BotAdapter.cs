namespace BotCare.Builder;

/// <summary>
/// Connects a bot to a channel: runs each turn through the middleware pipeline and carries the bot's
/// activities to the channel. Subclasses implement the transport.
/// </summary>
public abstract class BotAdapter
{
    /// <summary>TurnState key of the <see cref="InvokeResponse"/> produced by an invoke turn.</summary>
    public const string InvokeResponseKey = "BotFrameworkAdapter.InvokeResponse";

    /// <summary>Called with any exception a turn throws; without it the exception propagates to the caller.</summary>
    public Func<ITurnContext, Exception, Task>? OnTurnError { get; set; }

    public MiddlewareSet MiddlewareSet { get; } = new();

    public BotAdapter Use(IMiddleware middleware)
    {
        MiddlewareSet.Use(middleware);
        return this;
    }

    public abstract Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>
    /// Runs a proactive turn in an existing conversation: the pipeline sees an <c>event</c> named
    /// <c>ContinueConversation</c>, so state and transcript middleware work as in any turn.
    /// </summary>
    public Task ContinueConversationAsync(string? botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return ContinueConversationAsync(botId, reference.GetContinuationActivity(), callback, cancellationToken);
    }

    /// <summary>
    /// Runs a proactive turn on <paramref name="continuationActivity"/>, an activity of the conversation it names (the
    /// SDK's overload with a continuation activity): an agent's hand-back, say, arrives as the <c>handoff.status</c>
    /// event the dialogs resume on, through the same middleware as any turn.
    /// </summary>
    public virtual Task ContinueConversationAsync(string? botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuationActivity);
        ArgumentNullException.ThrowIfNull(callback);
        var context = new TurnContext(this, continuationActivity);
        return RunPipelineAsync(context, callback, cancellationToken);
    }

    /// <summary>
    /// Runs the middleware and then <paramref name="callback"/>, then waits for the turn's <see cref="TurnWrites"/>;
    /// failures go to <see cref="OnTurnError"/>.
    /// </summary>
    protected async Task RunPipelineAsync(ITurnContext turnContext, BotCallbackHandler? callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        try
        {
            await MiddlewareSet.ReceiveActivityWithStatusAsync(turnContext, callback, cancellationToken);
            await TurnWrites.WhenWrittenAsync(turnContext);
        }
        catch (Exception ex) when (OnTurnError is not null)
        {
            await OnTurnError(turnContext, ex);
        }
    }
}
