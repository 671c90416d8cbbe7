namespace BotCare.Builder.Tests.Turns;

public sealed class TurnContextTests
{
    [Fact]
    public async Task RepliesAreAddressedFromTheBotToTheUserInReplyToTheIncomingActivity()
    {
        var adapter = new RecordingAdapter();
        await adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) => ctx.SendActivityAsync("hello", cancellationToken: ct));

        var reply = Assert.Single(adapter.Sent);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("user1", reply.Recipient!.Id);
        Assert.Equal("in-1", reply.ReplyToId);
        Assert.Equal("convo1", reply.Conversation!.Id);
        Assert.Equal("https://channel.example/", reply.ServiceUrl);
        Assert.Equal("en-us", reply.Locale);
        Assert.Equal(InputHints.AcceptingInput, reply.InputHint);
    }

    [Fact]
    public async Task SendHooksRunInRegistrationOrderAndMayChangeWhatIsSent()
    {
        var adapter = new RecordingAdapter();
        var order = new List<string>();
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            ctx.OnSendActivities(async (c, activities, next) =>
            {
                order.Add("first");
                activities[0].Text += " (checked)";
                return await next();
            });
            ctx.OnSendActivities(async (c, activities, next) =>
            {
                order.Add("second");
                activities.Add(MessageFactory.Text("appended"));
                return await next();
            });
            await ctx.SendActivityAsync("hello", cancellationToken: ct);
        });

        Assert.Equal(["first", "second"], order);
        Assert.Equal(["hello (checked)", "appended"], adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task AHookThatDoesNotCallNextStopsTheSend()
    {
        var adapter = new RecordingAdapter();
        var responded = true;
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            ctx.OnSendActivities((c, activities, next) => Task.FromResult(Array.Empty<ResourceResponse>()));
            await ctx.SendActivityAsync("swallowed", cancellationToken: ct);
            responded = ctx.Responded;
        });

        Assert.Empty(adapter.Sent);
        Assert.False(responded);
    }

    [Fact]
    public async Task RespondedIsSetByAMessageButNotByATrace()
    {
        var adapter = new RecordingAdapter();
        var afterTrace = true;
        var afterMessage = false;
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(Activity.CreateTraceActivity("debug"), ct);
            afterTrace = ctx.Responded;
            await ctx.SendActivityAsync("hi", cancellationToken: ct);
            afterMessage = ctx.Responded;
        });

        Assert.False(afterTrace);
        Assert.True(afterMessage);
    }

    [Fact]
    public async Task ExpectRepliesBuffersRepliesInsteadOfSendingThem()
    {
        var adapter = new RecordingAdapter();
        var incoming = RecordingAdapter.Incoming();
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        var context = new TurnContext(adapter, incoming);

        await adapter.RunAsync(context, async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("one", cancellationToken: ct);
            await ctx.SendActivitiesAsync([MessageFactory.Text("two"), MessageFactory.Text("three")], ct);
        });

        Assert.Empty(adapter.Sent);
        Assert.Equal(["one", "two", "three"], context.BufferedReplyActivities.Select(a => a.Text));
        Assert.True(context.Responded);
    }

    [Fact]
    public async Task WithExpectRepliesAnInvokeResponseIsKeptForTheAdapterAndTracesAreDropped()
    {
        var adapter = new RecordingAdapter();
        var incoming = RecordingAdapter.Incoming(null, ActivityTypes.Invoke);
        incoming.DeliveryMode = DeliveryModes.ExpectReplies;
        var context = new TurnContext(adapter, incoming);

        await adapter.RunAsync(context, async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(Activity.CreateTraceActivity("debug"), ct);
            await ctx.SendActivityAsync(new Activity(ActivityTypes.InvokeResponse) { Value = new InvokeResponse(200) }, ct);
        });

        Assert.Equal(200, Assert.IsType<InvokeResponse>(context.TurnState.Get<Activity>(BotAdapter.InvokeResponseKey)!.Value).Status);
        Assert.Empty(context.BufferedReplyActivities);
    }

    [Fact]
    public async Task SentActivitiesTakeTheIdTheChannelGaveThem()
    {
        var adapter = new RecordingAdapter();
        ResourceResponse? response = null;
        Activity? sent = null;
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            sent = MessageFactory.Text("hi");
            response = await ctx.SendActivityAsync(sent, ct);
        });

        Assert.Equal("sent-0", response!.Id);
        Assert.Equal("sent-0", sent!.Id);
    }

    [Fact]
    public async Task UpdateAndDeleteRunTheirHooksThenReachTheAdapter()
    {
        var adapter = new RecordingAdapter();
        var seen = new List<string>();
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            ctx.OnUpdateActivity(async (c, activity, next) =>
            {
                seen.Add($"update {activity.Id}");
                return await next();
            });
            ctx.OnDeleteActivity(async (c, reference, next) =>
            {
                seen.Add($"delete {reference.ActivityId}");
                await next();
            });
            var edit = MessageFactory.Text("edited");
            edit.Id = "sent-9";
            await ctx.UpdateActivityAsync(edit, ct);
            await ctx.DeleteActivityAsync("sent-8", ct);
        });

        Assert.Equal(["update sent-9", "delete sent-8"], seen);
        Assert.Equal("edited", Assert.Single(adapter.Updated).Text);
        Assert.Equal("sent-8", Assert.Single(adapter.Deleted));
    }

    [Fact]
    public void TurnStateRefusesASecondValueUnderTheSameKey()
    {
        var state = new TurnContextStateCollection();
        state.Add("key", "first");
        Assert.Throws<ArgumentException>(() => state.Add("key", "second"));
        state.Set("key", "replaced");
        Assert.Equal("replaced", state.Get<string>("key"));
        Assert.Null(state.Get<string>("other"));
    }

    [Fact]
    public async Task SendingNothingIsAnError()
    {
        var adapter = new RecordingAdapter();
        await Assert.ThrowsAsync<ArgumentException>(() =>
            adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) => ctx.SendActivitiesAsync([], ct)));
    }
}
