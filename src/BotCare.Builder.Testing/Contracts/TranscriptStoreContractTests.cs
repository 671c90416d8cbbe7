using Xunit;

namespace BotCare.Builder.Testing;

/// <summary>The <see cref="ITranscriptStore"/> contract, inherited by every transcript store's tests.</summary>
public abstract class TranscriptStoreContractTests
{
    private readonly string _channel = $"contract-{Guid.NewGuid():n}";
    private readonly DateTimeOffset _start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    protected abstract Task<ITranscriptStore> CreateStore();

    [Fact]
    public async Task ReadsBackAConversationInTheOrderItHappened()
    {
        var store = await CreateStore();
        var activities = Conversation("convo-order", 5);
        foreach (var activity in activities.AsEnumerable().Reverse())
        {
            await store.LogActivityAsync(activity);
        }

        var page = await store.GetTranscriptActivitiesAsync(_channel, "convo-order");
        Assert.Equal(activities.Select(a => a.Id), page.Items.Select(a => a.Id));
        Assert.Equal("message 3", ((Activity)page.Items[3]).Text);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task PagesLongConversationsWithContinuationTokens()
    {
        var store = await CreateStore();
        var activities = Conversation("convo-long", 45);
        foreach (var activity in activities)
        {
            await store.LogActivityAsync(activity);
        }

        var seen = new List<string?>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await store.GetTranscriptActivitiesAsync(_channel, "convo-long", token);
            Assert.NotEmpty(page.Items);
            seen.AddRange(page.Items.Select(a => a.Id));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null && pages < 10);

        Assert.True(pages > 1, "45 activities should not fit in one page.");
        Assert.Equal(activities.Select(a => a.Id), seen);
    }

    [Fact]
    public async Task PagingVisitsEveryRecordOnceEvenWhenUpdatesShareTheMessagesId()
    {
        var store = await CreateStore();
        var activities = Conversation("convo-updates", 40);
        activities[19].Type = ActivityTypes.MessageUpdate;
        activities[19].Id = activities[2].Id;
        foreach (var activity in activities)
        {
            await store.LogActivityAsync(activity);
        }

        var seen = new List<string?>();
        string? token = null;
        for (var page = 0; page < 10; page++)
        {
            var result = await store.GetTranscriptActivitiesAsync(_channel, "convo-updates", token);
            seen.AddRange(result.Items.Select(a => ((Activity)a).Text));
            token = result.ContinuationToken;
            if (token is null)
            {
                break;
            }
        }

        Assert.Equal(activities.Select(a => a.Text), seen);
    }

    [Fact]
    public async Task FiltersByStartDate()
    {
        var store = await CreateStore();
        foreach (var activity in Conversation("convo-dates", 6))
        {
            await store.LogActivityAsync(activity);
        }

        var page = await store.GetTranscriptActivitiesAsync(_channel, "convo-dates", null, _start.AddMinutes(4));
        Assert.Equal(["4", "5"], page.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task ListsTheConversationsOfAChannelOnly()
    {
        var store = await CreateStore();
        await store.LogActivityAsync(Conversation("convo-a", 1)[0]);
        await store.LogActivityAsync(Conversation("convo-b", 1)[0]);
        var elsewhere = Conversation("convo-c", 1)[0];
        elsewhere.ChannelId = _channel + "-other";
        await store.LogActivityAsync(elsewhere);

        var listed = await store.ListTranscriptsAsync(_channel);
        Assert.Equal(["convo-a", "convo-b"], listed.Items.Select(t => t.Id).Order());
        Assert.All(listed.Items, t => Assert.Equal(_channel, t.ChannelId));
    }

    [Fact]
    public async Task DeletingATranscriptRemovesThatConversationOnly()
    {
        var store = await CreateStore();
        await store.LogActivityAsync(Conversation("convo-keep", 1)[0]);
        await store.LogActivityAsync(Conversation("convo-drop", 1)[0]);

        await store.DeleteTranscriptAsync(_channel, "convo-drop");

        Assert.Empty((await store.GetTranscriptActivitiesAsync(_channel, "convo-drop")).Items);
        Assert.Single((await store.GetTranscriptActivitiesAsync(_channel, "convo-keep")).Items);
    }

    [Fact]
    public async Task KeepsEveryFieldOfTheActivityIncludingUnknownOnes()
    {
        var store = await CreateStore();
        var original = BotJson.Deserialize<Activity>(
            $$$"""{"type":"message","id":"x1","channelId":"{{{_channel}}}","conversation":{"id":"convo-fields"},"from":{"id":"u","role":"user"},"text":"<script>alert(1)</script> 'quoted'","timestamp":"2026-11-20T09:00:00+00:00","channelData":{"clientActivityID":"abc"},"customField":{"kept":true}}""")!;
        await store.LogActivityAsync(original);

        var read = (Activity)Assert.Single((await store.GetTranscriptActivitiesAsync(_channel, "convo-fields")).Items);
        Assert.Equal(original.Text, read.Text);
        Assert.Equal("abc", read.GetChannelData<Dictionary<string, object?>>()!["clientActivityID"]);
        Assert.True(read.Properties!["customField"].GetProperty("kept").GetBoolean());
    }

    [Fact]
    public async Task LoggingATurnsRecordsTogetherKeepsThemInTheOrderGivenEvenWithTheSameTimestamp()
    {
        var store = await CreateStore();
        var turn = Conversation("convo-batch", 4);
        turn.ForEach(a => a.Timestamp = _start);
        var other = Conversation("convo-batch-other", 1);
        await store.LogActivitiesAsync([turn[0], other[0], turn[1], turn[2], turn[3]]);

        var page = await store.GetTranscriptActivitiesAsync(_channel, "convo-batch");
        Assert.Equal(["0", "1", "2", "3"], page.Items.Select(a => a.Id));
        Assert.Single((await store.GetTranscriptActivitiesAsync(_channel, "convo-batch-other")).Items);
    }

    private List<Activity> Conversation(string conversationId, int count) =>
        Enumerable.Range(0, count).Select(i => new Activity(ActivityTypes.Message)
        {
            Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ChannelId = _channel,
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount(i % 2 == 0 ? "user1" : "bot", role: i % 2 == 0 ? RoleTypes.User : RoleTypes.Bot),
            Text = $"message {i}",
            Timestamp = _start.AddMinutes(i),
        }).ToList();

    [Fact]
    public async Task DeletingAConversationRemovesItOnEveryChannelAndCountsWhatWent()
    {
        var store = await CreateStore();
        var other = $"{_channel}-other";
        var elsewhere = Conversation("convo-drop", 1)[0];
        elsewhere.ChannelId = other;
        await store.LogActivitiesAsync([.. Conversation("convo-drop", 2), elsewhere]);
        await store.LogActivityAsync(Conversation("convo-keep", 1)[0]);

        Assert.Equal(3, await store.DeleteConversationAsync("convo-drop"));
        Assert.Equal(0, await store.DeleteConversationAsync("convo-drop"));
        Assert.Empty((await store.GetTranscriptActivitiesAsync(_channel, "convo-drop")).Items);
        Assert.Empty((await store.GetTranscriptActivitiesAsync(other, "convo-drop")).Items);
        Assert.Single((await store.GetTranscriptActivitiesAsync(_channel, "convo-keep")).Items);
    }
}
