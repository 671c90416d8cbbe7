namespace BotCare.Builder;

/// <summary>An <see cref="ITurnContext{T}"/> over an existing turn; everything else is the inner turn's.</summary>
public sealed class DelegatingTurnContext<T> : ITurnContext<T>
    where T : IActivity
{
    private readonly ITurnContext _inner;

    public DelegatingTurnContext(ITurnContext inner)
    {
        _inner = inner ?? throw new ArgumentNullException(nameof(inner));
    }

    T ITurnContext<T>.Activity => (T)(IActivity)_inner.Activity;

    public BotAdapter Adapter => _inner.Adapter;

    public TurnContextStateCollection TurnState => _inner.TurnState;

    public Activity Activity => _inner.Activity;

    public bool Responded => _inner.Responded;

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
        => _inner.SendActivityAsync(textReplyToSend, speak, inputHint, cancellationToken);

    public Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
        => _inner.SendActivityAsync(activity, cancellationToken);

    public Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default)
        => _inner.SendActivitiesAsync(activities, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
        => _inner.UpdateActivityAsync(activity, cancellationToken);

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
        => _inner.DeleteActivityAsync(activityId, cancellationToken);

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default)
        => _inner.DeleteActivityAsync(conversationReference, cancellationToken);

    public ITurnContext OnSendActivities(SendActivitiesHandler handler) => _inner.OnSendActivities(handler);

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler) => _inner.OnUpdateActivity(handler);

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler) => _inner.OnDeleteActivity(handler);
}
