namespace BotCare.Builder.Tests.Middleware;

public sealed class ConsistentTurnMiddlewareTests
{
    private const string Key = "test/conversations/convo1";

    [Fact]
    public async Task RepliesReachTheChannelOnlyAfterTheStateIsSaved()
    {
        var events = new List<string>();
        var storage = new ObservedStorage(new MemoryStorage(), () => events.Add("saved"));
        var (adapter, state, count) = Pipeline(storage);
        adapter.OnSend = () => events.Add("sent");

        await adapter.RunAsync(Message("m1"), async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("first", cancellationToken: ct);
            await count.SetAsync(ctx, 1, ct);
            await ctx.SendActivityAsync("second", cancellationToken: ct);
        });

        Assert.Equal(["saved", "sent"], events);
        Assert.Equal(["first", "second"], adapter.Sent.Select(a => a.Text));
    }

    [Fact]
    public async Task ATurnThatLosesTheRaceToSaveRunsAgainOnTheNewerStateAndSpeaksOnce()
    {
        var storage = new MemoryStorage();
        var (adapter, state, count) = Pipeline(storage);
        await adapter.RunAsync(Message("m1"), async (ctx, ct) => await count.SetAsync(ctx, 1, ct));

        // Another instance saves the same conversation while this turn runs, once.
        var runs = 0;
        await adapter.RunAsync(Message("m2"), async (ctx, ct) =>
        {
            runs++;
            var seen = await count.GetAsync(ctx, () => 0, ct);
            if (runs == 1)
            {
                await OtherInstanceSavesAsync(storage, seen + 10);
            }

            await count.SetAsync(ctx, seen + 1, ct);
            await ctx.SendActivityAsync($"count {seen + 1}", cancellationToken: ct);
        });

        Assert.Equal(2, runs);
        Assert.Equal(["count 12"], adapter.Sent.Select(a => a.Text));
        Assert.Equal(12, await ReadCountAsync(adapter, state, count));
    }

    [Fact]
    public async Task ARedeliveredActivityIsAnsweredOnceFromTheJournalWithoutRunningTheBot()
    {
        var (adapter, _, count) = Pipeline(new MemoryStorage());
        var runs = 0;
        BotCallbackHandler bot = async (ctx, ct) =>
        {
            runs++;
            await count.SetAsync(ctx, runs, ct);
            await ctx.SendActivityAsync($"answer {runs}", cancellationToken: ct);
        };

        var first = new TurnContext(adapter, Message("same", DeliveryModes.ExpectReplies));
        await adapter.RunAsync(first, bot);
        var again = new TurnContext(adapter, Message("same", DeliveryModes.ExpectReplies));
        await adapter.RunAsync(again, bot);

        Assert.Equal(1, runs);
        Assert.Equal(["answer 1"], first.BufferedReplyActivities.Select(a => a.Text));
        Assert.Equal(["answer 1"], again.BufferedReplyActivities.Select(a => a.Text));
        Assert.Equal("convo1", again.BufferedReplyActivities[0].Conversation?.Id);
    }

    [Fact]
    public async Task ARedeliveryToAChannelThatWasAlreadyAnsweredSendsNothing()
    {
        var (adapter, _, _) = Pipeline(new MemoryStorage());
        var runs = 0;
        BotCallbackHandler bot = async (ctx, ct) =>
        {
            runs++;
            await ctx.SendActivityAsync("answer", cancellationToken: ct);
        };

        await adapter.RunAsync(Message("slow"), bot);
        await adapter.RunAsync(Message("slow"), bot);
        await adapter.RunAsync(Message("next"), bot);

        Assert.Equal(2, runs);
        Assert.Equal(2, adapter.Sent.Count);
    }

    [Fact]
    public async Task AFailedTurnSendsNothingItHeldAndSavesNothing()
    {
        var storage = new MemoryStorage();
        var (adapter, _, count) = Pipeline(storage);
        adapter.OnTurnError = (ctx, ex) => ctx.SendActivityAsync("sorry");

        await adapter.RunAsync(Message("m1"), async (ctx, ct) =>
        {
            await count.SetAsync(ctx, 5, ct);
            await ctx.SendActivityAsync("half an answer", cancellationToken: ct);
            throw new InvalidOperationException("bug");
        });

        Assert.Equal(["sorry"], adapter.Sent.Select(a => a.Text));
        Assert.Empty(await storage.ReadAsync([Key]));
    }

    [Fact]
    public async Task ATurnCountsAsAnsweredOnceSavedAndSentWhileOuterMiddlewareStillRuns()
    {
        var events = new List<string>();
        var storage = new ObservedStorage(new MemoryStorage(), () => events.Add("saved"));
        var state = new ConversationState(storage);
        var adapter = new ObservingAdapter { OnSend = () => events.Add("sent") };
        var outerDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var turn = new TurnContext(adapter, Message("m1"));

        // An outer middleware (the transcript, in the host) still working after the turn's answer is out.
        adapter.Use(new AfterNext(() => outerDone.Task));
        adapter.Use(new ConsistentTurnMiddleware(state));
        var count = state.CreateProperty<int>("count");
        var running = adapter.RunAsync(turn, async (ctx, ct) =>
        {
            await count.SetAsync(ctx, 1, ct);
            await ctx.SendActivityAsync("done", cancellationToken: ct);
        });

        await turn.Answered.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.False(running.IsCompleted);
        outerDone.SetResult();
        await running;
        Assert.Equal(["saved", "sent"], events);
    }

    [Fact]
    public async Task AFailedTurnIsNotAnsweredBeforeItsErrorHandlerSpoke()
    {
        var (adapter, _, count) = Pipeline(new MemoryStorage());
        adapter.OnTurnError = (ctx, ex) => ctx.SendActivityAsync("sorry");
        var turn = new TurnContext(adapter, Message("m1", DeliveryModes.ExpectReplies));

        await adapter.RunAsync(turn, async (ctx, ct) =>
        {
            await count.SetAsync(ctx, 5, ct);
            throw new InvalidOperationException("bug");
        });

        // Not marked: the adapter answers such a turn when its pipeline ends, apology included.
        Assert.False(turn.Answered.IsCompleted);
        Assert.Equal(["sorry"], turn.BufferedReplyActivities.Select(a => a.Text));
    }

    [Fact]
    public async Task TypingGoesOutAtOnceWhileRepliesAreHeld()
    {
        var (adapter, _, _) = Pipeline(new MemoryStorage());
        var sentBeforeTheTurnEnded = -1;
        await adapter.RunAsync(Message("m1"), async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
            await ctx.SendActivityAsync("answer", cancellationToken: ct);
            sentBeforeTheTurnEnded = adapter.Sent.Count;
            Assert.True(ctx.Responded);
        });

        Assert.Equal(1, sentBeforeTheTurnEnded);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], adapter.Sent.Select(a => a.Type));
    }

    [Fact]
    public async Task TheTranscriptHoldsWhatTheCustomerGotFromATurnRunAgainAfterAConflictOnce()
    {
        var storage = new MemoryStorage();
        var transcript = new MemoryTranscriptStore();
        var (adapter, _, count) = Pipeline(storage, transcript);
        var runs = 0;
        await adapter.RunAsync(Message("m1"), async (ctx, ct) =>
        {
            runs++;
            var seen = await count.GetAsync(ctx, () => 0, ct);
            if (runs == 1)
            {
                await OtherInstanceSavesAsync(storage, seen + 10);
            }

            await count.SetAsync(ctx, seen + 1, ct);
            await ctx.SendActivityAsync($"count {seen + 1}", cancellationToken: ct);
        });

        Assert.Equal(2, runs);
        Assert.Equal(["user: hi", "bot: count 11"], await TranscriptLinesAsync(transcript));
    }

    [Fact]
    public async Task TheTranscriptRecordsARedeliveredActivityAndItsReplayedAnswerOnlyOnce()
    {
        var transcript = new MemoryTranscriptStore();
        var (adapter, _, _) = Pipeline(new MemoryStorage(), transcript);
        BotCallbackHandler bot = (ctx, ct) => ctx.SendActivityAsync("answer", cancellationToken: ct);

        await adapter.RunAsync(new TurnContext(adapter, Message("same", DeliveryModes.ExpectReplies)), bot);
        var again = new TurnContext(adapter, Message("same", DeliveryModes.ExpectReplies));
        await adapter.RunAsync(again, bot);
        await adapter.RunAsync(Message("slow"), bot);
        await adapter.RunAsync(Message("slow"), bot);

        Assert.Equal(["answer"], again.BufferedReplyActivities.Select(a => a.Text));
        Assert.Equal(["user: hi", "bot: answer", "user: hi", "bot: answer"], await TranscriptLinesAsync(transcript));
    }

    [Fact]
    public async Task TheTranscriptLeavesOutWhatAFailedTurnHeldButKeepsTheApology()
    {
        var transcript = new MemoryTranscriptStore();
        var (adapter, _, _) = Pipeline(new MemoryStorage(), transcript);
        adapter.OnTurnError = (ctx, ex) => ctx.SendActivityAsync("sorry");

        await adapter.RunAsync(Message("m1"), async (ctx, ct) =>
        {
            await ctx.SendActivityAsync("half an answer", cancellationToken: ct);
            throw new InvalidOperationException("bug");
        });

        Assert.Equal(["user: hi", "bot: sorry"], await TranscriptLinesAsync(transcript));
    }

    private static async Task<List<string>> TranscriptLinesAsync(MemoryTranscriptStore transcript)
    {
        var page = await transcript.GetTranscriptActivitiesAsync(RecordingAdapter.Incoming().ChannelId!, "convo1");
        return page.Items.Cast<Activity>().Select(a => $"{a.From?.Role}: {a.Text}").ToList();
    }

    private static (ObservingAdapter Adapter, ConversationState State, IStatePropertyAccessor<int> Count) Pipeline(IStorage storage, ITranscriptLogger? transcript = null)
    {
        var state = new ConversationState(storage);
        var adapter = new ObservingAdapter();
        if (transcript is not null)
        {
            // Where the host puts it: outside the scale-out pattern.
            adapter.Use(new TranscriptLoggerMiddleware(transcript));
        }

        adapter.Use(new ConsistentTurnMiddleware(state));
        return (adapter, state, state.CreateProperty<int>("count"));
    }

    private static Activity Message(string id, string? deliveryMode = null)
    {
        var activity = RecordingAdapter.Incoming();
        activity.Id = id;
        activity.DeliveryMode = deliveryMode;
        return activity;
    }

    private static async Task OtherInstanceSavesAsync(IStorage storage, int count)
    {
        var other = new ConversationState(storage);
        var context = new TurnContext(new ObservingAdapter(), Message("elsewhere"));
        await other.LoadAsync(context);
        await other.CreateProperty<int>("count").SetAsync(context, count);
        await other.SaveChangesAsync(context);
    }

    private static async Task<int> ReadCountAsync(BotAdapter adapter, ConversationState state, IStatePropertyAccessor<int> count)
    {
        var context = new TurnContext(adapter, Message("read"));
        await state.LoadAsync(context);
        return await count.GetAsync(context, () => 0);
    }

    private sealed class ObservingAdapter : BotAdapter
    {
        public List<Activity> Sent { get; } = [];

        public Action? OnSend { get; set; }

        public Task RunAsync(Activity activity, BotCallbackHandler callback) => RunAsync(new TurnContext(this, activity), callback);

        public Task RunAsync(TurnContext turnContext, BotCallbackHandler callback) => RunPipelineAsync(turnContext, callback, CancellationToken.None);

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
        {
            OnSend?.Invoke();
            Sent.AddRange(activities);
            return Task.FromResult(activities.Select(_ => new ResourceResponse()).ToArray());
        }

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            Task.FromResult(new ResourceResponse());

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            Task.CompletedTask;
    }

    /// <summary>Waits for <paramref name="after"/> once the rest of the pipeline is done, as an outer middleware would.</summary>
    private sealed class AfterNext(Func<Task> after) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            await next(cancellationToken);
            await after();
        }
    }

    /// <summary>Calls back after every write, to see when the state was saved relative to what was sent.</summary>
    private sealed class ObservedStorage(IJsonDocumentStorage inner, Action written) : IJsonDocumentStorage
    {
        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadJsonAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            await inner.WriteAsync(changes, cancellationToken);
            written();
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
