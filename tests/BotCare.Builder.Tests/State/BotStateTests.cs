namespace BotCare.Builder.Tests.State;

public sealed class BotStateTests
{
    [Fact]
    public async Task StateIsStoredUnderTheSdkKeys()
    {
        var storage = new CountingStorage();
        var conversation = new ConversationState(storage);
        var user = new UserState(storage);
        var privateState = new PrivateConversationState(storage);
        var adapter = new RecordingAdapter();

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await conversation.CreateProperty<string>("p").SetAsync(ctx, "c", ct);
            await user.CreateProperty<string>("p").SetAsync(ctx, "u", ct);
            await privateState.CreateProperty<string>("p").SetAsync(ctx, "pc", ct);
            await new BotStateSet(conversation, user, privateState).SaveAllChangesAsync(ctx, false, ct);
        });

        Assert.Equal(
            ["test/conversations/convo1", "test/conversations/convo1/users/user1", "test/users/user1"],
            storage.WrittenKeys.Order());
    }

    [Fact]
    public async Task AStateKeyNeedsTheChannelConversationAndUser()
    {
        var incoming = RecordingAdapter.Incoming();
        incoming.Conversation = null;
        var state = new ConversationState(new MemoryStorage());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new RecordingAdapter().RunAsync(incoming, (ctx, ct) => state.LoadAsync(ctx, false, ct)));
        Assert.Contains("conversation.id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADefaultValueIsCreatedStoredAndReturnedOnLaterReads()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<List<string>>("issues");
        await new RecordingAdapter().RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            var created = await accessor.GetAsync(ctx, () => ["late delivery"], ct);
            created.Add("broken plates");
            var again = await accessor.GetAsync(ctx, () => ["never used"], ct);
            Assert.Same(created, again);
        });
    }

    [Fact]
    public async Task AMissingValueWithoutAFactoryIsTheDefault()
    {
        var state = new ConversationState(new MemoryStorage());
        await new RecordingAdapter().RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            Assert.Null(await state.CreateProperty<string>("name").GetAsync(ctx, null, ct));
            Assert.Null(await state.CreateProperty<int?>("maybe").GetAsync(ctx, null, ct));
            Assert.Equal(0, await state.CreateProperty<int>("count").GetAsync(ctx, null, ct));
        });
    }

    [Fact]
    public async Task AValueStoredAsNullIsReplacedByTheFactoryDefault()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var profile = state.CreateProperty<Profile>("profile");
        var adapter = new RecordingAdapter();
        Profile? read = null;

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await profile.SetAsync(ctx, null!, ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) => read = await profile.GetAsync(ctx, () => new Profile { Name = "fresh" }, ct));

        Assert.Equal("fresh", read!.Name);
    }

    [Fact]
    public async Task ValuesReadBackFromStorageAreTypedAndChangesToThemAreSaved()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<Profile>("profile");
        var adapter = new RecordingAdapter();

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await accessor.SetAsync(ctx, new Profile { Name = "Dana", Orders = 3 }, ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            var profile = await accessor.GetAsync(ctx, null, ct);
            profile.Orders++;
            await state.SaveChangesAsync(ctx, false, ct);
        });
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            var profile = await accessor.GetAsync(ctx, null, ct);
            Assert.Equal(("Dana", 4), (profile.Name, profile.Orders));
        });
    }

    [Fact]
    public async Task StateIsReadOncePerTurnAndWrittenOnlyWhenItChanged()
    {
        var storage = new CountingStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<int>("count");
        var adapter = new RecordingAdapter().Use(new AutoSaveStateMiddleware(state));

        await ((RecordingAdapter)adapter).RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await accessor.SetAsync(ctx, 1, ct);
            await accessor.GetAsync(ctx, () => 0, ct);
        });
        await ((RecordingAdapter)adapter).RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            Assert.Equal(1, await accessor.GetAsync(ctx, () => 0, ct));
        });

        Assert.Equal(2, storage.Reads);
        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task ClearingStateWritesAnEmptyDocumentAtTheNextSave()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<string>("step");
        var adapter = new RecordingAdapter();

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await accessor.SetAsync(ctx, "apologize", ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await state.LoadAsync(ctx, false, ct);
            await state.ClearStateAsync(ctx, ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });

        // Nothing but the version the store keeps for every state document.
        var stored = (Dictionary<string, object?>)(await storage.ReadAsync(["test/conversations/convo1"]))["test/conversations/convo1"];
        Assert.Equal(["eTag"], stored.Keys);
    }

    [Fact]
    public async Task ATurnCannotSaveOverStateAnotherTurnSavedAfterItLoaded()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var accessor = state.CreateProperty<string>("step");
        var adapter = new RecordingAdapter();
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await accessor.SetAsync(ctx, "listen", ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });

        // Two instances load the same version; the first to save wins, the other must run its turn again.
        var first = new TurnContext(adapter, RecordingAdapter.Incoming());
        var second = new TurnContext(adapter, RecordingAdapter.Incoming());
        await state.LoadAsync(first);
        await state.LoadAsync(second);
        await accessor.SetAsync(first, "apologize");
        await accessor.SetAsync(second, "repeat back");
        await state.SaveChangesAsync(first);

        await Assert.ThrowsAsync<ETagConflictException>(() => state.SaveChangesAsync(second));
        var reread = new TurnContext(adapter, RecordingAdapter.Incoming());
        await state.LoadAsync(reread);
        Assert.Equal("apologize", await accessor.GetAsync(reread, () => "none"));

        // The winner keeps saving over its own new version.
        await accessor.SetAsync(first, "thank");
        await state.SaveChangesAsync(first);
    }

    [Fact]
    public async Task DeletingStateRemovesTheStoredDocument()
    {
        var storage = new MemoryStorage();
        var state = new ConversationState(storage);
        var adapter = new RecordingAdapter();
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await state.CreateProperty<string>("x").SetAsync(ctx, "y", ct);
            await state.SaveChangesAsync(ctx, false, ct);
            await state.DeleteAsync(ctx, ct);
        });

        Assert.Empty(await storage.ReadAsync(["test/conversations/convo1"]));
    }

    [Fact]
    public async Task StateReadAsJsonAndLeftUnchangedIsNotWrittenAgain()
    {
        var storage = new CountingJsonStorage();
        var state = new ConversationState(storage);
        var profile = state.CreateProperty<Profile>("profile");
        var notes = state.CreateProperty<object>("notes");
        var adapter = new RecordingAdapter();
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await profile.SetAsync(ctx, new Profile { Name = "Zoë \"Z\" O’Neil <3", Orders = 3 }, ct);
            await notes.SetAsync(ctx, new Dictionary<string, object?> { ["paid"] = 79.99, ["late"] = true, ["tags"] = new List<object?> { "late", 2, null } }, ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            // One property read typed, the other not read at all: nothing changed, so nothing is written.
            Assert.Equal("Zoë \"Z\" O’Neil <3", (await profile.GetAsync(ctx, null, ct)).Name);
            await state.SaveChangesAsync(ctx, false, ct);
        });

        Assert.Equal(2, storage.JsonReads);
        Assert.Equal(1, storage.Writes);
    }

    [Fact]
    public async Task StateReadAsJsonGivesPlainValuesToUntypedReadersAndKeepsUnreadPropertiesWhenSaved()
    {
        var storage = new CountingJsonStorage();
        var state = new ConversationState(storage);
        var profile = state.CreateProperty<Profile>("profile");
        var notes = state.CreateProperty<object>("notes");
        var adapter = new RecordingAdapter();
        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            await profile.SetAsync(ctx, new Profile { Name = "Dana", Orders = 1 }, ct);
            await notes.SetAsync(ctx, new Dictionary<string, object?> { ["paid"] = 79.99, ["items"] = 2 }, ct);
            await state.SaveChangesAsync(ctx, false, ct);
        });

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            var read = Assert.IsType<Dictionary<string, object?>>(await notes.GetAsync(ctx, null, ct));
            Assert.Equal((79.99, 2), ((double)read["paid"]!, (int)read["items"]!));
            read["items"] = 3;
            await state.SaveChangesAsync(ctx, false, ct);
        });

        await adapter.RunAsync(RecordingAdapter.Incoming(), async (ctx, ct) =>
        {
            Assert.Equal(("Dana", 1), ((await profile.GetAsync(ctx, null, ct)).Name, (await profile.GetAsync(ctx, null, ct)).Orders));
            Assert.Equal(3, ((Dictionary<string, object?>)(await notes.GetAsync(ctx, null, ct)))["items"]);
        });

        Assert.Equal(2, storage.Writes);
    }

    private sealed class Profile
    {
        public string? Name { get; set; }

        public int Orders { get; set; }
    }

    private sealed class CountingStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public int Reads { get; private set; }

        public int Writes { get; private set; }

        public List<string> WrittenKeys { get; } = [];

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            Reads++;
            return _inner.ReadAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            lock (WrittenKeys)
            {
                WrittenKeys.AddRange(changes.Keys);
            }

            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }

    /// <summary>Memory storage that bot state reads as JSON, counting what it is asked.</summary>
    private sealed class CountingJsonStorage : IJsonDocumentStorage
    {
        private readonly MemoryStorage _inner = new();

        public int JsonReads { get; private set; }

        public int Writes { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("Bot state should read this storage as JSON.");

        public Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default)
        {
            JsonReads++;
            return _inner.ReadJsonAsync(keys, cancellationToken);
        }

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            return _inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }
}
