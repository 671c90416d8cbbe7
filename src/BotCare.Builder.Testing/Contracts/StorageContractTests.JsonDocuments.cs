using Xunit;

namespace BotCare.Builder.Testing;

/// <summary>The part of the storage contract for a provider that keeps JSON (<see cref="IJsonDocumentStorage"/>).</summary>
public abstract partial class StorageContractTests
{
    [Fact]
    public async Task ReadingAsJsonGivesTheSameDocumentsAsReadingObjects()
    {
        var storage = await CreateStorage();
        var json = Assert.IsAssignableFrom<IJsonDocumentStorage>(storage);
        var plainKey = Key("json-plain");
        var itemKey = Key("json-item");
        await storage.WriteAsync(new Dictionary<string, object>
        {
            [plainKey] = new Dictionary<string, object?> { ["text"] = "Grüße, \"quoted\" 🙂", ["amount"] = 75.25, ["list"] = new List<object?> { 1, null } },
            [itemKey] = new StoreItem { Id = "with an etag", Count = 2 },
        });

        var objects = await storage.ReadAsync([plainKey, itemKey, Key("json-missing")]);
        var documents = await json.ReadJsonAsync([plainKey, itemKey, Key("json-missing")]);

        Assert.Equal(objects.Keys.Order(), documents.Keys.Order());
        foreach (var key in objects.Keys)
        {
            // The text is the document without its ETag; the ETag comes beside it, as ReadAsync puts it inside.
            var withoutETag = BotJson.Convert<Dictionary<string, object?>>(objects[key])!;
            var eTag = withoutETag.Remove("eTag", out var value) ? value as string : null;
            Assert.Equal(BotJson.Serialize(withoutETag), BotJson.Serialize(BotJson.Deserialize<System.Text.Json.JsonElement>(documents[key].Json)));
            Assert.Equal(eTag, documents[key].ETag);
        }

        Assert.False(string.IsNullOrEmpty(documents[itemKey].ETag));
        Assert.Null(documents[plainKey].ETag);
    }

    [Fact]
    public async Task ASerializedStoreItemIsWrittenOnlyOverTheVersionItWasLoadedFrom()
    {
        var storage = await CreateStorage();
        var json = Assert.IsAssignableFrom<IJsonDocumentStorage>(storage);
        var key = Key("serialized-item");
        var created = new SerializedStoreItem("""{"step":1}""", null);
        await storage.WriteAsync(Changes(key, created));
        Assert.False(string.IsNullOrEmpty(created.ETag));

        // Another instance creating the same document at the same time loses: null means create only.
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(Changes(key, new SerializedStoreItem("""{"step":9}""", null))));

        var loaded = (await json.ReadJsonAsync([key]))[key];
        Assert.Equal(created.ETag, loaded.ETag);
        await storage.WriteAsync(Changes(key, new SerializedStoreItem("""{"step":2}""", loaded.ETag)));

        // A turn that loaded the first version cannot overwrite what the other turn saved.
        await Assert.ThrowsAsync<ETagConflictException>(() => storage.WriteAsync(Changes(key, new SerializedStoreItem("""{"step":3}""", loaded.ETag))));
        Assert.Equal("""{"step":2}""", (await json.ReadJsonAsync([key]))[key].Json);
    }

    [Fact]
    public async Task ReadingIfChangedConfirmsTheKnownVersionAndOtherwiseGivesTheDocument()
    {
        var storage = await CreateStorage();
        var json = Assert.IsAssignableFrom<IJsonDocumentStorage>(storage);
        var key = Key("if-changed");
        var saved = new SerializedStoreItem("""{"step":1}""", null);
        await storage.WriteAsync(Changes(key, saved));

        // Still the version this caller saved: confirmed without the text.
        var unchanged = await json.ReadJsonIfChangedAsync(key, saved.ETag!);
        Assert.NotNull(unchanged);
        Assert.True(unchanged.IsUnchanged);
        Assert.Equal(saved.ETag, unchanged.ETag);

        // Another writer saved since: the newer text and its ETag, never "unchanged".
        var other = new SerializedStoreItem("""{"step":2}""", saved.ETag);
        await storage.WriteAsync(Changes(key, other));
        var changed = await json.ReadJsonIfChangedAsync(key, saved.ETag!);
        Assert.NotNull(changed);
        Assert.False(changed.IsUnchanged);
        Assert.Equal("""{"step":2}""", changed.Json);
        Assert.Equal(other.ETag, changed.ETag);

        // Overwritten as a plain value (no ETag to compare), then deleted.
        await storage.WriteAsync(Changes(key, new Dictionary<string, object?> { ["step"] = 3 }));
        var plain = await json.ReadJsonIfChangedAsync(key, other.ETag!);
        Assert.False(plain!.IsUnchanged);
        Assert.Null(plain.ETag);
        Assert.Contains("3", plain.Json, StringComparison.Ordinal);
        await storage.DeleteAsync([key]);
        Assert.Null(await json.ReadJsonIfChangedAsync(key, other.ETag!));
    }

    [Fact]
    public async Task AnAlreadySerializedDocumentIsStoredAsItsJson()
    {
        var storage = await CreateStorage();
        var key = Key("serialized");
        await storage.WriteAsync(Changes(key, new SerializedDocument("""{"step":2,"told":["late","broken"],"paid":79.99}""")));

        var read = Assert.IsType<Dictionary<string, object?>>((await storage.ReadAsync([key]))[key]);
        Assert.Equal(2, read["step"]);
        Assert.Equal(["late", "broken"], Assert.IsType<List<object?>>(read["told"]));
        Assert.Equal(79.99, read["paid"]);
    }
}
