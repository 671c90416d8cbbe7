using Xunit;

namespace BotCare.Builder.Testing;

/// <summary>
/// The <see cref="IStorage"/> contract, written once: every storage provider's test class inherits this and
/// supplies <see cref="CreateStorage"/>, so memory, SQLite and PostgreSQL are held to exactly the same rules.
/// </summary>
public abstract partial class StorageContractTests
{
    /// <summary>An empty store (or one whose keys cannot collide with other tests').</summary>
    protected abstract Task<IStorage> CreateStorage();

    [Fact]
    public async Task ReadingUnknownKeysReturnsNothingAndDoesNotThrow()
    {
        var storage = await CreateStorage();
        var items = await storage.ReadAsync([Key("missing-1"), Key("missing-2")]);
        Assert.Empty(items);
    }

    [Fact]
    public async Task CreatesObjectsAndReadsThemBackWithTheirValues()
    {
        var storage = await CreateStorage();
        var plainKey = Key("plain");
        var itemKey = Key("item");
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [plainKey] = new PlainItem { Id = "plain-1", Count = 1 },
            [itemKey] = new StoreItem { Id = "item-1", Count = 2 },
        });

        var plain = (await storage.ReadAsync<PlainItem>([plainKey]))[plainKey];
        var item = (await storage.ReadAsync<StoreItem>([itemKey]))[itemKey];
        Assert.Equal(("plain-1", 1), (plain.Id, plain.Count));
        Assert.Equal(("item-1", 2), (item.Id, item.Count));
        Assert.False(string.IsNullOrEmpty(item.ETag), "A store item read back must carry its ETag.");
    }

    [Fact]
    public async Task EveryWriteGivesAStoreItemANewETag()
    {
        var storage = await CreateStorage();
        var key = Key("versions");
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 1 }));
        var first = await ReadItem(storage, key);
        var firstETag = first.ETag;

        first.Count = 2;
        await storage.WriteAsync(Changes(key, first));
        var second = await ReadItem(storage, key);

        Assert.NotEqual(firstETag, second.ETag);
        Assert.Equal(2, second.Count);
    }

    [Fact]
    public async Task WritingAStoreItemWithAStaleETagThrowsAConflictAndKeepsTheNewerValue()
    {
        var storage = await CreateStorage();
        var key = Key("stale");
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 1 }));
        var reader1 = await ReadItem(storage, key);
        var reader2 = await ReadItem(storage, key);

        reader1.Count = 10;
        await storage.WriteAsync(Changes(key, reader1));
        reader2.Count = 20;
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(Changes(key, reader2)));

        Assert.Equal(10, (await ReadItem(storage, key)).Count);
    }

    [Fact]
    public async Task TheWildcardETagOverwritesWhateverIsStored()
    {
        var storage = await CreateStorage();
        var key = Key("wildcard");
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 1 }));
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 2, ETag = "*" }));
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 3, ETag = "*" }));
        Assert.Equal(3, (await ReadItem(storage, key)).Count);
    }

    [Fact]
    public async Task AnEmptyETagIsRejected()
    {
        var storage = await CreateStorage();
        var newKey = Key("empty-new");
        var existingKey = Key("empty-existing");
        await storage.WriteAsync(Changes(existingKey, new StoreItem { Id = "a" }));

        await Assert.ThrowsAnyAsync<ArgumentException>(() => storage.WriteAsync(Changes(newKey, new StoreItem { Id = "a", ETag = string.Empty })));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => storage.WriteAsync(Changes(existingKey, new StoreItem { Id = "a", ETag = string.Empty })));
        Assert.Empty(await storage.ReadAsync([newKey]));
    }

    [Fact]
    public async Task ANullETagCreatesANewItemButCannotOverwriteAnExistingOne()
    {
        var storage = await CreateStorage();
        var key = Key("null-etag");
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 1, ETag = null }));
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 2, ETag = null })));
        Assert.Equal(1, (await ReadItem(storage, key)).Count);
    }

    [Fact]
    public async Task AStoreItemWithANullETagMayReplaceAPlainObject()
    {
        var storage = await CreateStorage();
        var key = Key("plain-then-item");
        await storage.WriteAsync(Changes(key, new PlainItem { Id = "a", Count = 1 }));
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "a", Count = 2 }));
        Assert.Equal(2, (await ReadItem(storage, key)).Count);
    }

    [Fact]
    public async Task PlainObjectsAreWrittenUnconditionallyLastWriterWins()
    {
        var storage = await CreateStorage();
        var key = Key("plain-lww");
        await storage.WriteAsync(Changes(key, new PlainItem { Id = "a", Count = 1 }));
        await storage.WriteAsync(Changes(key, new PlainItem { Id = "a", Count = 2 }));
        Assert.Equal(2, (await storage.ReadAsync<PlainItem>([key]))[key].Count);
    }

    [Fact]
    public async Task AConflictInABatchWritesNothingFromThatBatch()
    {
        var storage = await CreateStorage();
        var good = Key("batch-good");
        var bad = Key("batch-bad");
        await storage.WriteAsync(Changes(bad, new StoreItem { Id = "b", Count = 1 }));
        var stale = await ReadItem(storage, bad);
        await storage.WriteAsync(Changes(bad, new StoreItem { Id = "b", Count = 2, ETag = "*" }));

        var batch = new Dictionary<string, object>
        {
            [good] = new StoreItem { Id = "g", Count = 1 },
            [bad] = stale,
        };
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(batch));

        Assert.Empty(await storage.ReadAsync([good]));
        Assert.Equal(2, (await ReadItem(storage, bad)).Count);
    }

    [Fact]
    public async Task OfManyConcurrentWritersWithTheSameETagExactlyOneWins()
    {
        var storage = await CreateStorage();
        var key = Key("race");
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "r", Count = 0 }));
        var read = await ReadItem(storage, key);

        var attempts = Enumerable.Range(1, 8).Select(async n =>
        {
            try
            {
                await storage.WriteAsync(Changes(key, new StoreItem { Id = "r", Count = n, ETag = read.ETag }));
                return true;
            }
            catch (ETagConflictException)
            {
                return false;
            }
        });
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(won => won));
        Assert.Equal(Array.IndexOf(outcomes, true) + 1, (await ReadItem(storage, key)).Count);
    }

    [Fact]
    public async Task DeletesObjectsAndIgnoresUnknownKeys()
    {
        var storage = await CreateStorage();
        var key = Key("delete");
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "d" }));
        await storage.DeleteAsync([key, Key("never-written")]);
        Assert.Empty(await storage.ReadAsync([key]));

        // A deleted key is new again: a null ETag may create it.
        await storage.WriteAsync(Changes(key, new StoreItem { Id = "d", Count = 5 }));
        Assert.Equal(5, (await ReadItem(storage, key)).Count);
    }

    [Fact]
    public async Task KeysWithAnyCharactersAreStoredAndReadBackExactly()
    {
        var storage = await CreateStorage();
        var crazy = Key("!@#$%^&*()~/\\><,.?';\"`~ é中文 🙂 %2F *3f");
        var teams = Key("msteams/conversations/a:1Xy9;messageid=1700000000000@thread.tacv2");
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [crazy] = new PlainItem { Id = "crazy" },
            [teams] = new PlainItem { Id = "teams" },
        });

        var items = await storage.ReadAsync<PlainItem>([crazy, teams, Key("!@#$%^&*()~/\\><,.?';\"`~")]);
        Assert.Equal(2, items.Count);
        Assert.Equal("crazy", items[crazy].Id);
        Assert.Equal("teams", items[teams].Id);
    }

    [Fact]
    public async Task NestedValuesAndNumbersSurviveARoundTripWithTheirTypes()
    {
        var storage = await CreateStorage();
        var key = Key("numbers");
        var document = new Dictionary<string, object?>
        {
            ["int"] = 42,
            ["long"] = 9_000_000_000L,
            ["decimal"] = 1250.50m,
            ["double"] = 4.0,
            ["fraction"] = 0.5,
            ["negative"] = -3,
            ["bool"] = true,
            ["text"] = "Grüße, \"quoted\" <b>not html</b> 🙂",
            ["list"] = new List<object?> { 1, "two", null },
            ["nested"] = new Dictionary<string, object?> { ["stepIndex"] = 2, ["values"] = new Dictionary<string, object?> { ["amount"] = 75.25m } },
        };
        await storage.WriteAsync(Changes(key, document));

        var read = Assert.IsType<Dictionary<string, object?>>((await storage.ReadAsync([key]))[key]);
        Assert.Equal(42, Assert.IsType<int>(read["int"]));
        Assert.Equal(9_000_000_000L, Assert.IsType<long>(read["long"]));
        Assert.Equal(1250.5, Assert.IsType<double>(read["decimal"]));
        Assert.Equal(4.0, Assert.IsType<double>(read["double"]));
        Assert.Equal(0.5, Assert.IsType<double>(read["fraction"]));
        Assert.Equal(-3, read["negative"]);
        Assert.Equal(true, read["bool"]);
        Assert.Equal(document["text"], read["text"]);
        Assert.Equal([1, "two", null], Assert.IsType<List<object?>>(read["list"]));
        var nested = Assert.IsType<Dictionary<string, object?>>(read["nested"]);
        Assert.Equal(2, Assert.IsType<int>(nested["stepIndex"]));
        Assert.Equal(75.25, Assert.IsType<Dictionary<string, object?>>(nested["values"])["amount"]);
    }

    [Fact]
    public async Task AWrittenStoreItemCarriesItsNewETag()
    {
        var storage = await CreateStorage();
        var key = Key("etag-after-write");
        var item = new StoreItem { Id = "first" };
        await storage.WriteAsync(Changes(key, item));

        var stored = Assert.IsAssignableFrom<IStoreItem>(BotJson.Convert<StoreItem>((await storage.ReadAsync([key]))[key]));
        Assert.Equal(stored.ETag, item.ETag);

        // The same object can be written again over the version it wrote, and only over that one.
        item.Id = "second";
        await storage.WriteAsync(Changes(key, item));
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(Changes(key, new StoreItem { Id = "stale", ETag = stored.ETag })));
    }

    [Fact]
    public async Task ReadsReturnCopiesSoChangingOneDoesNotChangeTheStore()
    {
        var storage = await CreateStorage();
        var key = Key("copies");
        await storage.WriteAsync(Changes(key, new Dictionary<string, object?> { ["count"] = 1 }));
        var first = (Dictionary<string, object?>)(await storage.ReadAsync([key]))[key];
        first["count"] = 99;
        var second = (Dictionary<string, object?>)(await storage.ReadAsync([key]))[key];
        Assert.Equal(1, second["count"]);
    }

    [Fact]
    public async Task ConversationStatePersistsAcrossTurns()
    {
        var storage = await CreateStorage();
        var conversation = TestAdapter.CreateConversation(Key("state-convo"));
        var convoState = new ConversationState(storage);
        var counter = convoState.CreateProperty<TurnCounter>("counter");
        var adapter = new TestAdapter(conversation).Use(new AutoSaveStateMiddleware(convoState));

        await new TestFlow(adapter, async (turnContext, ct) =>
            {
                var state = await counter.GetAsync(turnContext, () => new TurnCounter(), ct);
                state.Turns++;
                await turnContext.SendActivityAsync($"turn {state.Turns}", cancellationToken: ct);
            })
            .Test("a", "turn 1")
            .Test("b", "turn 2")
            .Test("c", "turn 3")
            .StartTestAsync();

        var stored = await storage.ReadAsync([$"test/conversations/{conversation.Conversation!.Id}"]);
        var document = Assert.IsType<Dictionary<string, object?>>(Assert.Single(stored).Value);
        Assert.Equal(3, Assert.IsType<Dictionary<string, object?>>(document["counter"])["turns"]);
    }

    /// <summary>A key unique to this test run, so providers backed by a shared database need no cleanup.</summary>
    protected string Key(string name) => $"{_prefix}{name}";

    private readonly string _prefix = $"contract-{Guid.NewGuid():n}/";

    private static Dictionary<string, object> Changes(string key, object value) => new() { [key] = value };

    private static async Task<StoreItem> ReadItem(IStorage storage, string key) =>
        (await storage.ReadAsync<StoreItem>([key]))[key];

    private sealed class PlainItem
    {
        public string? Id { get; set; }

        public int Count { get; set; }
    }

    private sealed class StoreItem : IStoreItem
    {
        public string? Id { get; set; }

        public int Count { get; set; }

        public string? ETag { get; set; }
    }

    private sealed class TurnCounter
    {
        public int Turns { get; set; }
    }
}
