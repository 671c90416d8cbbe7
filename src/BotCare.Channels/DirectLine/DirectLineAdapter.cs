using System.Globalization;
using BotCare.Builder;
using Microsoft.Extensions.Logging;

namespace BotCare.Channels;

/// <summary>
/// Runs turns for Direct Line conversations. The bot's replies are appended to the conversation's log, where
/// streams and pollers pick them up; typing goes only to live streams. Turns in one conversation run one at
/// a time, and proactive messages take the same path, so any instance sharing the storage can send them.
/// </summary>
public sealed class DirectLineAdapter : BotAdapter
{
    private readonly DirectLineStore _store;
    private readonly ConversationLocks _locks;
    private readonly TimeProvider _clock;
    private readonly ILogger<DirectLineAdapter> _logger;

    public DirectLineAdapter(DirectLineStore store, ConversationLocks locks, TimeProvider clock, ILogger<DirectLineAdapter> logger)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _locks = locks ?? throw new ArgumentNullException(nameof(locks));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _logger = logger;
    }

    /// <summary>Runs one turn for an activity already in the conversation's log.</summary>
    public async Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        using var turn = await _locks.AcquireAsync(conversationId, cancellationToken);
        using (_logger.BeginScope(new Dictionary<string, object?> { ["ConversationId"] = conversationId, ["ChannelId"] = activity.ChannelId }))
        {
            await RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
        }
    }

    public override async Task ContinueConversationAsync(string? botId, Activity continuationActivity, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(continuationActivity);
        var conversationId = continuationActivity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(continuationActivity));
        using var turn = await _locks.AcquireAsync(conversationId, cancellationToken);
        await base.ContinueConversationAsync(botId, continuationActivity, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            var conversationId = activity.Conversation?.Id ?? turnContext.Activity.Conversation?.Id
                ?? throw new ArgumentException("An activity to send has no conversation.", nameof(activities));
            activity.Timestamp ??= _clock.GetUtcNow();
            switch (activity.Type)
            {
                case ActivityTypes.Delay:
                    await Task.Delay(TimeSpan.FromMilliseconds(Convert.ToInt32(activity.Value, CultureInfo.InvariantCulture)), _clock, cancellationToken);
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.InvokeResponse:
                    turnContext.TurnState[InvokeResponseKey] = activity;
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Trace:
                    // Traces are for the Emulator; a customer's chat never shows them.
                    responses[i] = new ResourceResponse();
                    break;
                case ActivityTypes.Typing:
                    activity.Id = $"{conversationId}|typing-{Guid.NewGuid():N}";
                    _store.Publish(conversationId, activity);
                    responses[i] = new ResourceResponse(activity.Id);
                    break;
                default:
                    var stored = await _store.AppendAsync(conversationId, activity, cancellationToken);
                    responses[i] = new ResourceResponse(stored.Activity.Id);
                    break;
            }
        }

        return responses;
    }

    public override async Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity));
        return await _store.UpdateAsync(conversationId, activity, cancellationToken)
            ? new ResourceResponse(activity.Id)
            : throw new KeyNotFoundException($"Direct Line conversation '{conversationId}' has no activity '{activity.Id}'.");
    }

    /// <summary>Direct Line 3.0 gives clients no way to remove a delivered activity, so neither does this adapter.</summary>
    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
        throw new NotSupportedException("Direct Line clients cannot remove an activity they received; send a correction instead.");
}
