namespace BotCare.Builder;

/// <summary>Everything about one turn: the incoming activity, how to answer it, and per-turn state.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>Services and cached state that live for this turn only.</summary>
    TurnContextStateCollection TurnState { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>Whether a non-trace activity was sent during this turn.</summary>
    bool Responded { get; }

    Task<ResourceResponse> SendActivityAsync(string textReplyToSend, string? speak = null, string inputHint = InputHints.AcceptingInput, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(IActivity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse[]> SendActivitiesAsync(IActivity[] activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(IActivity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(ConversationReference conversationReference, CancellationToken cancellationToken = default);

    /// <summary>Adds a hook that runs, in registration order, whenever activities are sent in this turn.</summary>
    ITurnContext OnSendActivities(SendActivitiesHandler handler);

    ITurnContext OnUpdateActivity(UpdateActivityHandler handler);

    ITurnContext OnDeleteActivity(DeleteActivityHandler handler);
}
