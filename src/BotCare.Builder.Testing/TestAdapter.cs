using System.Globalization;

namespace BotCare.Builder.Testing;

/// <summary>
/// An adapter for tests: activities are sent to the bot in-process and its replies are queued for
/// assertions. Defaults follow the SDK: channel <c>test</c>, user <c>user1</c>, bot <c>bot</c>, conversation
/// <c>convo1</c>, locale <c>en-us</c>; incoming ids count up from "0".
/// </summary>
public class TestAdapter : BotAdapter
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _replyArrived = NewSignal();
    private int _nextId;

    public TestAdapter(string channelId, bool sendTraceActivity = false)
        : this((ConversationReference?)null, sendTraceActivity)
    {
        Conversation.ChannelId = channelId;
    }

    public TestAdapter(ConversationReference? conversation = null, bool sendTraceActivity = false)
    {
        Conversation = conversation ?? new ConversationReference
        {
            ChannelId = Channels.Test,
            ServiceUrl = "https://test.com",
            User = new ChannelAccount("user1", "User1"),
            Bot = new ChannelAccount("bot", "Bot"),
            Conversation = new ConversationAccount(false, "convo1", "Conversation1"),
            Locale = "en-us",
        };
        EnableTrace = sendTraceActivity;
    }

    /// <summary>Who talks to whom: every incoming activity is addressed from this reference.</summary>
    public ConversationReference Conversation { get; set; }

    /// <summary>Whether trace activities are queued as replies (dropped otherwise, like a real channel).</summary>
    public bool EnableTrace { get; set; }

    public string? Locale { get; set; } = "en-us";

    /// <summary>Replies not yet asserted, oldest first.</summary>
    public Queue<Activity> ActiveQueue { get; } = new();

    public static ConversationReference CreateConversation(string name, string user = "User1", string bot = "Bot") => new()
    {
        ChannelId = Channels.Test,
        ServiceUrl = "https://test.com",
        Conversation = new ConversationAccount(false, name, name),
        User = new ChannelAccount(user.ToLowerInvariant(), user),
        Bot = new ChannelAccount(bot.ToLowerInvariant(), bot),
        Locale = "en-us",
    };

    public new TestAdapter Use(IMiddleware middleware)
    {
        base.Use(middleware);
        return this;
    }

    /// <summary>Addresses <paramref name="activity"/> as coming from the test user and runs a turn on it.</summary>
    public virtual Task ProcessActivityAsync(Activity activity, BotCallbackHandler callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            activity.Type ??= ActivityTypes.Message;
            activity.ChannelId = Conversation.ChannelId;
            if (activity.From is null || activity.From.Id == "unknown" || activity.From.Role == RoleTypes.Bot)
            {
                activity.From = Conversation.User;
            }

            activity.Recipient = Conversation.Bot;
            activity.Conversation = Conversation.Conversation;
            activity.ServiceUrl = Conversation.ServiceUrl;
            activity.Id = NextId();
            activity.Timestamp ??= DateTimeOffset.UtcNow;
            activity.Locale ??= Locale;
        }

        return RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    public Task SendTextToBotAsync(string userSays, BotCallbackHandler callback, CancellationToken cancellationToken = default)
        => ProcessActivityAsync(MakeActivity(userSays), callback, cancellationToken);

    /// <summary>A message from the test user to the bot.</summary>
    public Activity MakeActivity(string? text = null) => new(ActivityTypes.Message)
    {
        Locale = Locale,
        From = Conversation.User,
        Recipient = Conversation.Bot,
        Conversation = Conversation.Conversation,
        ServiceUrl = Conversation.ServiceUrl,
        Text = text,
    };

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new ResourceResponse[activities.Length];
        for (var i = 0; i < activities.Length; i++)
        {
            var activity = activities[i];
            if (string.IsNullOrEmpty(activity.Id))
            {
                activity.Id = Guid.NewGuid().ToString("n");
            }

            activity.Timestamp ??= DateTimeOffset.UtcNow;
            responses[i] = new ResourceResponse(activity.Id);

            switch (activity.Type)
            {
                case ActivityTypes.Delay:
                    await Task.Delay(Convert.ToInt32(activity.Value, CultureInfo.InvariantCulture), cancellationToken);
                    break;
                case ActivityTypes.InvokeResponse:
                    turnContext.TurnState[InvokeResponseKey] = activity;
                    break;
                case ActivityTypes.Trace when !EnableTrace:
                    break;
                default:
                    Enqueue(activity);
                    break;
            }
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (_lock)
        {
            var replies = ActiveQueue.ToList();
            var index = replies.FindIndex(a => a.Id == activity.Id);
            if (index >= 0)
            {
                replies[index] = activity;
                ReplaceQueue(replies);
            }
        }

        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        lock (_lock)
        {
            ReplaceQueue(ActiveQueue.Where(a => a.Id != reference.ActivityId).ToList());
        }

        return Task.CompletedTask;
    }

    /// <summary>The oldest unasserted reply, or null.</summary>
    public Activity? GetNextReply()
    {
        lock (_lock)
        {
            return ActiveQueue.Count > 0 ? ActiveQueue.Dequeue() : null;
        }
    }

    /// <summary>Waits for the next reply, e.g. one sent from a background task.</summary>
    public async Task<Activity> GetNextReplyAsync(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            Task signal;
            lock (_lock)
            {
                if (ActiveQueue.Count > 0)
                {
                    return ActiveQueue.Dequeue();
                }

                signal = _replyArrived.Task;
            }

            await signal.WaitAsync(cancellationToken);
        }
    }

    private void Enqueue(Activity activity)
    {
        TaskCompletionSource arrived;
        lock (_lock)
        {
            ActiveQueue.Enqueue(activity);
            arrived = _replyArrived;
            _replyArrived = NewSignal();
        }

        arrived.TrySetResult();
    }

    private void ReplaceQueue(List<Activity> replies)
    {
        ActiveQueue.Clear();
        foreach (var reply in replies)
        {
            ActiveQueue.Enqueue(reply);
        }
    }

    private string NextId() => (_nextId++).ToString(CultureInfo.InvariantCulture);

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
