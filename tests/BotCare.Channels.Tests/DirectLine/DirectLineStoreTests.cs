namespace BotCare.Channels.Tests.DirectLine;

public sealed class DirectLineStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task OnlyTheFirstStartCreatesTheConversation()
    {
        var store = new DirectLineStore(_storage);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.TryCreateAsync(new DirectLineConversation("c1", "u1", Now))));

        Assert.Equal(1, results.Count(created => created));
        Assert.Equal("u1", (await store.GetAsync("c1"))!.UserId);
    }

    [Fact]
    public async Task NumbersActivitiesInOrderAndReadsAfterAWatermark()
    {
        var store = await StartedAsync();
        for (var i = 0; i < 3; i++)
        {
            await store.AppendAsync("c1", MessageFactory.Text($"m{i}"));
        }

        var all = (await store.ReadAfterAsync("c1", -1))!;
        var after0 = (await store.ReadAfterAsync("c1", 0))!;

        Assert.Equal(["c1|0000000", "c1|0000001", "c1|0000002"], all.Select(a => a.Activity.Id));
        Assert.Equal([1L, 2L], after0.Select(a => a.Sequence));
        Assert.Equal(["m1", "m2"], after0.Select(a => a.Activity.Text));
        Assert.Empty((await store.ReadAfterAsync("c1", 2))!);
    }

    [Fact]
    public async Task ConcurrentAppendsFromSeveralWritersLoseNothing()
    {
        var first = await StartedAsync();
        var second = new DirectLineStore(_storage);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? first : second).AppendAsync("c1", MessageFactory.Text($"m{i}"))));

        var all = (await first.ReadAfterAsync("c1", -1))!;
        Assert.Equal(20, all.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"m{i}").Order(), all.Select(a => a.Activity.Text!).Order());
        Assert.Equal(Enumerable.Range(0, 20).Select(i => (long)i), all.Select(a => a.Sequence));
    }

    [Fact]
    public async Task ConversationsSurviveANewStoreOverTheSameStorage()
    {
        var store = await StartedAsync();
        await store.AppendAsync("c1", MessageFactory.Text("kept"));

        var afterRestart = new DirectLineStore(_storage);

        Assert.Equal("kept", (await afterRestart.ReadAfterAsync("c1", -1))!.Single().Activity.Text);
    }

    [Fact]
    public async Task TellsSubscribersAboutNewActivitiesAndTransientOnesUntilTheyLeave()
    {
        var store = await StartedAsync();
        var seen = new List<string>();
        var subscription = store.Subscribe("c1", a => seen.Add(a is null ? "log" : a.Type!));

        await store.AppendAsync("c1", MessageFactory.Text("hi"));
        store.Publish("c1", new Activity(ActivityTypes.Typing));
        store.Publish("other", new Activity(ActivityTypes.Typing));
        subscription.Dispose();
        await store.AppendAsync("c1", MessageFactory.Text("after"));

        Assert.Equal(["log", ActivityTypes.Typing], seen);
        Assert.Equal(2, (await store.ReadAfterAsync("c1", -1))!.Count);
    }

    [Fact]
    public async Task UnknownConversationsReadAsNull()
    {
        var store = new DirectLineStore(_storage);

        Assert.Null(await store.GetAsync("nope"));
        Assert.Null(await store.ReadAfterAsync("nope", -1));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.AppendAsync("nope", MessageFactory.Text("x")));
    }

    private async Task<DirectLineStore> StartedAsync()
    {
        var store = new DirectLineStore(_storage);
        Assert.True(await store.TryCreateAsync(new DirectLineConversation("c1", "u1", Now)));
        return store;
    }
}
