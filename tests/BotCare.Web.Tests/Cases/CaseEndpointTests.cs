using System.Net;
using BotCare.Cases;

namespace BotCare.Web.Tests.Cases;

public sealed class CaseEndpointTests : IAsyncDisposable
{
    private readonly BotCareApp _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task CasesNeedAnApiKey(string? key)
    {
        using var client = Client(key);

        using var list = await client.GetAsync("/api/cases");
        using var one = await client.GetAsync("/api/cases/anything");

        Assert.Equal(HttpStatusCode.Unauthorized, list.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, one.StatusCode);
    }

    [Fact]
    public async Task WithNoKeysConfiguredNobodyGetsIn()
    {
        await using var app = new BotCareApp();
        app.Settings.Remove("Api:Keys:0");
        using var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", BotCareApp.ApiKey);

        using var response = await client.GetAsync("/api/cases");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AConversationsCaseCanBeFoundByConversationAndById()
    {
        var conversation = await new DirectLineTestClient(_app).StartAsync();
        var chat = new DirectLineTestClient(_app);
        await chat.PostMessageAsync(conversation, "my blender arrived broken, order 48213", "c1");
        using var client = Client(BotCareApp.ApiKey);

        using var byConversation = await client.GetAsync($"/api/cases?conversationId={conversation.ConversationId}");
        var found = Assert.Single(CaseJsonList(await byConversation.Content.ReadAsStringAsync()));
        using var byId = await client.GetAsync($"/api/cases/{found.Id}");
        using var listed = await client.GetAsync("/api/cases?status=open&limit=10");
        using var missing = await client.GetAsync("/api/cases/case-does-not-exist");

        Assert.Equal(HttpStatusCode.OK, byConversation.StatusCode);
        Assert.Equal(conversation.ConversationId, found.ConversationId);
        Assert.Equal(found.Id, CaseJson.Deserialize(await byId.Content.ReadAsStringAsync()).Id);
        Assert.Contains(CaseJsonList(await listed.Content.ReadAsStringAsync()), c => c.Id == found.Id);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Theory]
    [InlineData("/api/cases?status=sideways")]
    [InlineData("/api/cases?limit=0")]
    [InlineData("/api/cases?limit=many")]
    [InlineData("/api/cases?updatedSince=yesterday-ish")]
    public async Task BadFiltersAreA400(string url)
    {
        using var client = Client(BotCareApp.ApiKey);

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private HttpClient Client(string? key)
    {
        var client = _app.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static List<Case> CaseJsonList(string json) =>
        System.Text.Json.JsonSerializer.Deserialize<List<Case>>(json, CaseJson.Options)!;
}
