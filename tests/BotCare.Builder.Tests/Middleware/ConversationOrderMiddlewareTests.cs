namespace BotCare.Builder.Tests.Middleware;

public sealed class ConversationOrderMiddlewareTests
{
    [Fact]
    public async Task FiftyMessagesSentAtOnceIntoOneConversationAreAllProcessedInOrder()
    {
        var state = new ConversationState(new MemoryStorage());
        var seen = state.CreateProperty<List<int>>("seen");
        var order = new ConversationOrderMiddleware();
        var adapter = new RecordingAdapter();
        adapter.Use(order).Use(new AutoSaveStateMiddleware(state));

        var turns = Enumerable.Range(0, 50).Select(i => adapter.RunAsync(Message(i), async (ctx, ct) =>
        {
            var list = await seen.GetAsync(ctx, () => [], ct);

            // Gives another turn every chance to run in between, as real I/O would.
            await Task.Delay(1, ct);
            list.Add(int.Parse(ctx.Activity.Text!, System.Globalization.CultureInfo.InvariantCulture));
        })).ToList();
        await Task.WhenAll(turns).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);

        List<int>? stored = null;
        await adapter.RunAsync(Message(50), async (ctx, ct) => stored = await seen.GetAsync(ctx, () => [], ct));
        Assert.Equal(Enumerable.Range(0, 50), stored!);
        Assert.Equal(0, order.ActiveConversations);
    }

    [Fact]
    public async Task DifferentConversationsRunSideBySide()
    {
        var adapter = new RecordingAdapter();
        adapter.Use(new ConversationOrderMiddleware());
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var first = adapter.RunAsync(Message(1, "convo-a"), async (ctx, ct) =>
        {
            firstStarted.SetResult();
            await release.Task;
        });
        await firstStarted.Task;
        var secondRan = false;
        await adapter.RunAsync(Message(2, "convo-b"), (ctx, ct) =>
        {
            secondRan = true;
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(secondRan);
        release.SetResult();
        await first;
    }

    [Fact]
    public async Task AFailedTurnDoesNotHoldUpTheNext()
    {
        var adapter = new RecordingAdapter { OnTurnError = (_, _) => Task.CompletedTask };
        adapter.Use(new ConversationOrderMiddleware());
        var ran = false;

        await adapter.RunAsync(Message(1), (ctx, ct) => throw new InvalidOperationException("the bot failed"));
        await adapter.RunAsync(Message(2), (ctx, ct) =>
        {
            ran = true;
            return Task.CompletedTask;
        }).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.True(ran);
    }

    [Fact]
    public async Task ATurnThatGivesUpWaitingLeavesTheOrderIntact()
    {
        var order = new ConversationOrderMiddleware();
        var adapter = new RecordingAdapter();
        adapter.Use(order);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var ran = new List<int>();

        var first = adapter.RunAsync(Message(1), async (ctx, ct) =>
        {
            await release.Task;
            ran.Add(1);
        });
        using var giveUp = new CancellationTokenSource();
        var impatient = order.OnTurnAsync(new TurnContext(adapter, Message(2)), ct => Task.CompletedTask, giveUp.Token);
        var third = adapter.RunAsync(Message(3), (ctx, ct) =>
        {
            ran.Add(3);
            return Task.CompletedTask;
        });
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => impatient);
        release.SetResult();
        await Task.WhenAll(first, third).WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        Assert.Equal([1, 3], ran);
        Assert.Equal(0, order.ActiveConversations);
    }

    private static Activity Message(int number, string conversation = "convo1")
    {
        var activity = RecordingAdapter.Incoming();
        activity.Text = number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        activity.Conversation = new ConversationAccount(id: conversation);
        return activity;
    }
}
