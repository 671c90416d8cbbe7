namespace BotCare.Builder.Tests.State;

public sealed class BotStateCacheTests
{
    [Fact]
    public async Task TheNextTurnTakesTheObjectsSavedWhenStorageStillHoldsThem()
    {
        var state = new ConversationState(new MemoryStorage(), new BotStateCache(10));
        var profile = state.CreateProperty<Profile>("profile");
        Profile? saved = null;
        Profile? read = null;

        await RunAsync(state, async (ctx, ct) => saved = await profile.GetAsync(ctx, () => new Profile { Name = "Ana" }, ct));
        await RunAsync(state, async (ctx, ct) => read = await profile.GetAsync(ctx, null, ct));

        Assert.Same(saved, read);
    }

    [Fact]
    public async Task AStateReleasedAfterItsSaveIsReadFromStorageNextTime()
    {
        var cache = new BotStateCache(10);
        var state = new ConversationState(new MemoryStorage(), cache);
        var profile = state.CreateProperty<Profile>("profile");
        Profile? saved = null;
        Profile? read = null;

        await RunAsync(state, async (ctx, ct) =>
        {
            saved = await profile.GetAsync(ctx, () => new Profile { Name = "Ana" }, ct);
            state.ReleaseAfterSave(ctx);
        });
        Assert.Equal(0, cache.Count);
        await RunAsync(state, async (ctx, ct) => read = await profile.GetAsync(ctx, null, ct));

        // Saved all the same, and read back from storage as new objects.
        Assert.NotSame(saved, read);
        Assert.Equal("Ana", read!.Name);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task AChangeSavedByAnotherInstanceIsReadFromStorage()
    {
        var storage = new MemoryStorage();
        var first = new ConversationState(storage, new BotStateCache(10));
        var second = new ConversationState(storage, new BotStateCache(10));
        var firstProfile = first.CreateProperty<Profile>("profile");
        var secondProfile = second.CreateProperty<Profile>("profile");
        Profile? read = null;

        await RunAsync(first, async (ctx, ct) => await firstProfile.SetAsync(ctx, new Profile { Name = "Ana", Orders = 1 }, ct));
        await RunAsync(second, async (ctx, ct) => (await secondProfile.GetAsync(ctx, null, ct)).Orders = 2);
        await RunAsync(first, async (ctx, ct) => read = await firstProfile.GetAsync(ctx, null, ct));

        Assert.Equal(2, read!.Orders);
    }

    [Fact]
    public async Task ATurnThatFailsBeforeSavingLeavesNoneOfItsChangesBehind()
    {
        var state = new ConversationState(new MemoryStorage(), new BotStateCache(10));
        var profile = state.CreateProperty<Profile>("profile");
        Profile? read = null;

        await RunAsync(state, async (ctx, ct) => await profile.SetAsync(ctx, new Profile { Name = "Ana" }, ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => new RecordingAdapter().RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await state.LoadAsync(ctx, false, ct);
            (await profile.GetAsync(ctx, null, ct)).Name = "changed by a turn that then failed";
            throw new InvalidOperationException("the turn failed before saving");
        }));
        await RunAsync(state, async (ctx, ct) => read = await profile.GetAsync(ctx, null, ct));

        Assert.Equal("Ana", read!.Name);
    }

    [Fact]
    public async Task ATurnThatChangesNothingStillLeavesItsObjectsForTheNext()
    {
        var state = new ConversationState(new MemoryStorage(), new BotStateCache(10));
        var profile = state.CreateProperty<Profile>("profile");
        Profile? second = null;
        Profile? third = null;

        await RunAsync(state, async (ctx, ct) => await profile.SetAsync(ctx, new Profile { Name = "Ana" }, ct));
        await RunAsync(state, async (ctx, ct) => second = await profile.GetAsync(ctx, null, ct));
        await RunAsync(state, async (ctx, ct) => third = await profile.GetAsync(ctx, null, ct));

        Assert.Same(second, third);
    }

    [Fact]
    public async Task NoMoreDocumentsAreKeptThanTheCapacityAndDroppedOnesAreReadFromStorage()
    {
        var cache = new BotStateCache(2);
        var state = new ConversationState(new MemoryStorage(), cache);
        var profile = state.CreateProperty<Profile>("profile");
        var conversations = new[] { "first", "second", "third" };

        foreach (var conversation in conversations)
        {
            await RunAsync(state, async (ctx, ct) => await profile.SetAsync(ctx, new Profile { Name = conversation }, ct), conversation);
        }

        Assert.InRange(cache.Count, 1, 2);
        foreach (var conversation in conversations)
        {
            string? name = null;
            await RunAsync(state, async (ctx, ct) => name = (await profile.GetAsync(ctx, null, ct)).Name, conversation);
            Assert.Equal(conversation, name);
        }
    }

    [Fact]
    public async Task AConversationStillTalkingStaysKeptWhileManyOthersComeAndGo()
    {
        var state = new ConversationState(new MemoryStorage(), new BotStateCache(10));
        var profile = state.CreateProperty<Profile>("profile");
        Profile? kept = null;
        await RunAsync(state, async (ctx, ct) => kept = await profile.GetAsync(ctx, () => new Profile { Name = "talking" }, ct));

        for (var other = 0; other < 60; other++)
        {
            await RunAsync(state, async (ctx, ct) => await profile.SetAsync(ctx, new Profile { Name = "one-off" }, ct), $"other-{other}");
            if (other % 3 == 2)
            {
                Profile? read = null;
                await RunAsync(state, async (ctx, ct) => read = await profile.GetAsync(ctx, null, ct));
                Assert.Same(kept, read);
            }
        }
    }

    [Fact]
    public async Task DeletedStateIsNotBroughtBackFromMemory()
    {
        var state = new ConversationState(new MemoryStorage(), new BotStateCache(10));
        var profile = state.CreateProperty<Profile>("profile");
        Profile? read = null;

        await RunAsync(state, async (ctx, ct) => await profile.SetAsync(ctx, new Profile { Name = "Ana" }, ct));
        await new RecordingAdapter().RunAsync(RecordingAdapter.Incoming(), (ctx, ct) => state.DeleteAsync(ctx, ct));
        await RunAsync(state, async (ctx, ct) => read = await profile.GetAsync(ctx, () => new Profile { Name = "new" }, ct));

        Assert.Equal("new", read!.Name);
    }

    /// <summary>One turn as the bot's pipeline runs it: load, the bot, save.</summary>
    private static Task RunAsync(BotState state, BotCallbackHandler bot, string conversation = "convo1")
    {
        var incoming = RecordingAdapter.Incoming();
        incoming.Conversation = new ConversationAccount(id: conversation);
        return new RecordingAdapter().RunAsync(incoming, async (ctx, ct) =>
        {
            await state.LoadAsync(ctx, false, ct);
            await bot(ctx, ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });
    }

    private sealed class Profile
    {
        public string? Name { get; set; }

        public int Orders { get; set; }
    }
}
