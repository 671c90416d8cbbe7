namespace BotCare.Builder;

/// <summary>
/// The context of one turn. Outgoing activities are addressed from the incoming one (same conversation, from
/// the bot, in reply to the incoming id), pass through the turn's send hooks in registration order, and then
/// go to the adapter, or into <see cref="BufferedReplyActivities"/> when the sender asked for
/// <see cref="DeliveryModes.ExpectReplies"/>.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<SendActivitiesHandler> _onSendActivities = [];
    private readonly List<UpdateActivityHandler> _onUpdateActivity = [];
    private readonly List<DeleteActivityHandler> _onDeleteActivity = [];
    private readonly List<DeliveredHandler> _onDelivered = [];
    private readonly Lock _bufferLock = new();
    private volatile bool _responded;
    private List<Activity>? _held;

    // Continuations run inline: the adapter writing its HTTP answer is the next thing that should happen, and a hop to
    // another thread would only add a wake-up to every turn.
    private readonly TaskCompletionSource _answered = new();

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        Adapter = adapter ?? throw new ArgumentNullException(nameof(adapter));
        Activity = activity ?? throw new ArgumentNullException(nameof(activity));
    }

    public BotAdapter Adapter { get; }

    public TurnContextStateCollection TurnState { get; } = [];

    public Activity Activity { get; }

    public bool Responded => _responded;

    /// <summary>Replies held back for the HTTP response of an <see cref="DeliveryModes.ExpectReplies"/> request.</summary>
    public List<Activity> BufferedReplyActivities { get; } = [];

    /// <summary>
    /// Completes when the turn's answer to the channel is final (<see cref="MarkAnswered"/>): its state is saved and its
    /// replies delivered or buffered. The adapter may answer the request then, while the rest of the pipeline finishes
    /// work the channel does not wait for, such as writing the transcript. A turn nobody marks is answered when its
    /// pipeline ends.
    /// </summary>
    public Task Answered => _answered.Task;

    /// <summary>Says the answer to the channel will not change any more; see <see cref="Answered"/>.</summary>
    public void MarkAnswered() => _answered.TrySetResult();

    /// <summary>A copy of <see cref="BufferedReplyActivities"/> as they are now, safe to read while the turn goes on.</summary>
    public List<Activity> CopyBufferedReplies()
    {
        lock (_bufferLock)
        {
            return [.. BufferedReplyActivities];
        }
    }

    public Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(textReplyToSend);
        return SendActivityAsync(MessageFactory.Text(textReplyToSend, speak, inputHint), cancellationToken);
    }

    public async Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var responses = await SendActivitiesAsync([activity], cancellationToken);
        return responses.Length > 0 ? responses[0] : new ResourceResponse();
    }

    public Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Length == 0)
        {
            throw new ArgumentException("Expecting one or more activities, but the array was empty.", nameof(activities));
        }

        var reference = Activity.GetConversationReference();
        var outgoing = activities
            .Select(a => AsActivity(a).ApplyConversationReference(reference))
            .ToList();

        return RunSendHooksAsync(0, outgoing, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var updated = AsActivity(activity).ApplyConversationReference(Activity.GetConversationReference());
        return RunUpdateHooksAsync(0, updated, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return DeleteActivityAsync(reference, cancellationToken);
    }

    public Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationReference);
        return RunDeleteHooksAsync(0, conversationReference, cancellationToken);
    }

    /// <summary>
    /// From now on, replies are kept back (after the send hooks ran) instead of reaching the channel, until
    /// <see cref="ReleaseHeldRepliesAsync"/>: the scale-out pattern sends a turn's replies only once its state is
    /// saved. Typing indicators still go out at once; they promise nothing.
    /// </summary>
    public void HoldReplies() => _held ??= [];

    /// <summary>The replies kept back so far, in the order they were sent.</summary>
    public IReadOnlyList<Activity> HeldReplies => _held ?? [];

    /// <summary>Sends the held replies to the channel and stops holding.</summary>
    public async Task ReleaseHeldRepliesAsync(CancellationToken cancellationToken = default)
    {
        var held = _held;
        _held = null;
        if (held is { Count: > 0 })
        {
            await DeliverAsync(held, cancellationToken);
        }
    }

    /// <summary>Drops the held replies and stops holding: the turn failed, and what it said is not to be sent.</summary>
    public void DiscardHeldReplies()
    {
        _held = null;
        _responded = false;
    }

    /// <summary>Sends activities to the channel as they are, without the send hooks (they ran when first sent).</summary>
    public Task<ResourceResponse[]> SendWithoutHooksAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        return SendThroughAdapterAsync(activities.ToList(), cancellationToken);
    }

    /// <summary>What a turn has set up so far (hooks, turn state), so that it can be run again from there.</summary>
    internal TurnCheckpoint Checkpoint() =>
        new(_onSendActivities.Count, _onUpdateActivity.Count, _onDeleteActivity.Count, _onDelivered.Count, new Dictionary<string, object>(TurnState, StringComparer.Ordinal));

    /// <summary>Back to <paramref name="checkpoint"/>: hooks and turn state added since are gone, held replies dropped.</summary>
    internal void Restore(TurnCheckpoint checkpoint)
    {
        _onSendActivities.RemoveRange(checkpoint.SendHooks, _onSendActivities.Count - checkpoint.SendHooks);
        _onUpdateActivity.RemoveRange(checkpoint.UpdateHooks, _onUpdateActivity.Count - checkpoint.UpdateHooks);
        _onDeleteActivity.RemoveRange(checkpoint.DeleteHooks, _onDeleteActivity.Count - checkpoint.DeleteHooks);
        _onDelivered.RemoveRange(checkpoint.DeliveredHandlers, _onDelivered.Count - checkpoint.DeliveredHandlers);
        TurnState.Clear();
        foreach (var (key, value) in checkpoint.TurnState)
        {
            TurnState[key] = value;
        }

        lock (_bufferLock)
        {
            BufferedReplyActivities.Clear();
        }

        _held?.Clear();
        _responded = false;
    }

    public ITurnContext OnSendActivities(SendActivitiesHandler handler)
    {
        _onSendActivities.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    /// <summary>
    /// Calls <paramref name="handler"/> after every delivery of this turn, in registration order. A transcript uses it:
    /// what the customer got, not what a discarded run of the turn meant to say.
    /// </summary>
    public TurnContext OnDelivered(DeliveredHandler handler)
    {
        _onDelivered.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnUpdateActivity(UpdateActivityHandler handler)
    {
        _onUpdateActivity.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    public ITurnContext OnDeleteActivity(DeleteActivityHandler handler)
    {
        _onDeleteActivity.Add(handler ?? throw new ArgumentNullException(nameof(handler)));
        return this;
    }

    private Task<ResourceResponse[]> RunSendHooksAsync(int index, List<Activity> activities, CancellationToken cancellationToken)
    {
        if (index < _onSendActivities.Count)
        {
            return _onSendActivities[index](this, activities, () => RunSendHooksAsync(index + 1, activities, cancellationToken));
        }

        return SendThroughAdapterAsync(activities, cancellationToken);
    }

    private async Task<ResourceResponse[]> SendThroughAdapterAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return [];
        }

        if (_held is { } held)
        {
            var now = activities.Where(a => a.Type == ActivityTypes.Typing).ToList();
            var later = activities.Where(a => a.Type != ActivityTypes.Typing).ToList();
            if (now.Count > 0)
            {
                await DeliverAsync(now, cancellationToken);
            }

            // The channel gives ids on delivery; until then a held reply has none to hand back.
            held.AddRange(later);

            if (later.Any(a => a.Type != ActivityTypes.Trace))
            {
                _responded = true;
            }

            return activities.Select(a => new ResourceResponse { Id = a.Id }).ToArray();
        }

        return await DeliverAsync(activities, cancellationToken);
    }

    private async Task<ResourceResponse[]> DeliverAsync(List<Activity> activities, CancellationToken cancellationToken)
    {
        ResourceResponse[] responses;
        if (Activity.DeliveryMode == DeliveryModes.ExpectReplies)
        {
            lock (_bufferLock)
            {
                foreach (var activity in activities)
                {
                    if (activity.Type == ActivityTypes.InvokeResponse)
                    {
                        // The HTTP answer of an invoke, not a reply: the adapter reads it from the turn state.
                        TurnState[BotAdapter.InvokeResponseKey] = activity;
                    }
                    else if (activity.Type != ActivityTypes.Trace || activity.ChannelId == Channels.Emulator)
                    {
                        BufferedReplyActivities.Add(activity);
                    }
                }
            }

            responses = activities.Select(_ => new ResourceResponse()).ToArray();
        }
        else
        {
            responses = await Adapter.SendActivitiesAsync(this, activities.ToArray(), cancellationToken);
            for (var i = 0; i < activities.Count && i < responses.Length; i++)
            {
                activities[i].Id = responses[i]?.Id ?? activities[i].Id;
            }
        }

        if (activities.Any(a => a.Type != ActivityTypes.Trace))
        {
            _responded = true;
        }

        // By index, without a copy: this runs on every delivery of every turn.
        for (var i = 0; i < _onDelivered.Count; i++)
        {
            await _onDelivered[i](this, activities, responses);
        }

        return responses;
    }

    private Task<ResourceResponse> RunUpdateHooksAsync(int index, Activity activity, CancellationToken cancellationToken)
    {
        if (index < _onUpdateActivity.Count)
        {
            return _onUpdateActivity[index](this, activity, () => RunUpdateHooksAsync(index + 1, activity, cancellationToken));
        }

        return Adapter.UpdateActivityAsync(this, activity, cancellationToken);
    }

    private Task RunDeleteHooksAsync(int index, ConversationReference reference, CancellationToken cancellationToken)
    {
        if (index < _onDeleteActivity.Count)
        {
            return _onDeleteActivity[index](this, reference, () => RunDeleteHooksAsync(index + 1, reference, cancellationToken));
        }

        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    private static Activity AsActivity(IActivity activity) => activity as Activity
        ?? throw new ArgumentException($"Only {nameof(Activity)} instances can be sent.", nameof(activity));
}
