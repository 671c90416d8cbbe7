namespace BotCare.Builder.Tests;

/// <summary>An adapter that records what a turn sends, updates and deletes, for pipeline tests.</summary>
internal sealed class RecordingAdapter : BotAdapter
{
    public List<Activity> Sent { get; } = [];

    public List<Activity> Updated { get; } = [];

    public List<string?> Deleted { get; } = [];

    public Task RunAsync(Activity activity, BotCallbackHandler callback) =>
        RunPipelineAsync(new TurnContext(this, activity), callback, CancellationToken.None);

    public Task RunAsync(TurnContext turnContext, BotCallbackHandler callback) =>
        RunPipelineAsync(turnContext, callback, CancellationToken.None);

    public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        lock (Sent)
        {
            Sent.AddRange(activities);
            return Task.FromResult(activities.Select((_, i) => new ResourceResponse($"sent-{Sent.Count - activities.Length + i}")).ToArray());
        }
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        Updated.Add(activity);
        return Task.FromResult(new ResourceResponse(activity.Id));
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        Deleted.Add(reference.ActivityId);
        return Task.CompletedTask;
    }

    public static Activity Incoming(string? text = "hi", string type = ActivityTypes.Message) => new(type)
    {
        Id = "in-1",
        Text = text,
        ChannelId = "test",
        ServiceUrl = "https://channel.example/",
        Locale = "en-us",
        From = new ChannelAccount("user1", "User1", RoleTypes.User),
        Recipient = new ChannelAccount("bot", "Bot", RoleTypes.Bot),
        Conversation = new ConversationAccount(false, "convo1"),
    };
}
