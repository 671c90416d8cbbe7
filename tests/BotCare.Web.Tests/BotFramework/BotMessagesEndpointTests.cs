using System.Net;
using System.Text.Json;
using BotCare.Cases;

namespace BotCare.Web.Tests.BotFramework;

/// <summary>/api/messages without authentication configured (local development): status codes and replies.</summary>
public sealed class BotMessagesEndpointTests : IAsyncLifetime
{
    private readonly BotCareApp _app = new();
    private LocalChannelService _channel = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _channel = await LocalChannelService.StartAsync();
        _client = _app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task MalformedJsonIsA400WithAReason()
    {
        using var response = await Activities.PostRawAsync(_client, "{\"type\": \"message\", \"text\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("BadArgument", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("not a valid activity", error.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"text":"no type here"}""")]
    [InlineData("""{"type":"","text":"empty type"}""")]
    [InlineData("null")]
    public async Task AnActivityWithoutATypeIsA400(string body)
    {
        using var response = await Activities.PostRawAsync(_client, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("type", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyOverOneMegabyteIsA413()
    {
        var activity = Activities.Message(_channel.ServiceUrl, new string('x', 1024 * 1024));

        using var response = await Activities.PostAsync(_client, activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_channel.Replies);
    }

    [Fact]
    public async Task AnUnknownActivityTypeIsAcceptedAndIgnored()
    {
        var activity = Activities.Message(_channel.ServiceUrl, "hello");
        activity.Type = "somethingNewFromTheFuture";

        using var response = await Activities.PostAsync(_client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Task.Delay(100);
        Assert.Empty(_channel.Replies);
    }

    [Fact]
    public async Task AnInvokeNobodyHandlesIsA501()
    {
        var activity = Activities.Message(_channel.ServiceUrl, string.Empty);
        activity.Type = ActivityTypes.Invoke;
        activity.Name = "composeExtension/query";

        using var response = await Activities.PostAsync(_client, activity);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task ExpectRepliesAnswersInTheBodyAndSendsNothingToTheChannel()
    {
        var activity = Activities.Message(_channel.ServiceUrl, "my blender arrived broken and nobody answers my emails");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;

        using var response = await Activities.PostAsync(_client, activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        Assert.NotEmpty(replies.Activities!);
        Assert.All(replies.Activities!, a => Assert.Equal(ActivityTypes.Message, a.Type));
        Assert.Contains(replies.Activities!, a => a.Text!.Contains("sorry", StringComparison.OrdinalIgnoreCase));
        Assert.Empty(_channel.Replies);
    }

    [Fact]
    public async Task ARedeliveredActivityIsAnsweredOnceWithTheSameRepliesAndNotProcessedAgain()
    {
        // As a channel does after a slow answer: the same activity id again.
        var activity = Activities.Message(_channel.ServiceUrl, "my blender arrived broken and nobody answers my emails");
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var cases = _app.Services.GetRequiredService<ICaseStore>();
        using var first = await Activities.PostAsync(_client, activity);
        var before = Assert.Single(await cases.ListAsync(new CaseQuery()));
        using var again = await Activities.PostAsync(_client, activity);
        var after = Assert.Single(await cases.ListAsync(new CaseQuery()));

        var firstReplies = BotJson.Deserialize<ExpectedReplies>(await first.Content.ReadAsStringAsync())!.Activities!;
        var againReplies = BotJson.Deserialize<ExpectedReplies>(await again.Content.ReadAsStringAsync())!.Activities!;
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(firstReplies.Select(a => a.Text), againReplies.Select(a => a.Text));

        // Processed once: nothing was added to the case, and the next message continues from there.
        Assert.Equal(CaseJson.Serialize(before), CaseJson.Serialize(after));
        var next = Activities.Message(_channel.ServiceUrl, "no, that's everything");
        next.Id = "1700000000002";
        next.DeliveryMode = DeliveryModes.ExpectReplies;
        using var answer = await Activities.PostAsync(_client, next);
        var nextReplies = BotJson.Deserialize<ExpectedReplies>(await answer.Content.ReadAsStringAsync())!.Activities!;
        Assert.DoesNotContain(nextReplies, a => firstReplies.Any(f => f.Text == a.Text));
    }

    [Fact]
    public async Task RepliesArePostedUnderTheServiceUrlsPathWithIdsEscapedInTheThread()
    {
        using var response = await Activities.PostAsync(_client, Activities.Message(_channel.ServiceUrl, "my order never came"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _channel.WaitForRepliesAsync(1))[0];
        Assert.Equal("/amer/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1/activities/1700000000001", reply.Path);
        Assert.Equal(string.Empty, reply.Authorization);
        Assert.Equal("29:customer", reply.Activity.Recipient!.Id);
        Assert.Equal("1700000000001", reply.Activity.ReplyToId);
    }

    [Fact]
    public async Task MembersJoiningTwiceGetOneWelcome()
    {
        using var first = await Activities.PostAsync(_client, Activities.MembersAdded(_channel.ServiceUrl));
        using var second = await Activities.PostAsync(_client, Activities.MembersAdded(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        await Task.Delay(200);
        var welcome = Assert.Single(_channel.Replies);
        Assert.Contains("What happened?", welcome.Activity.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProactiveMessagesReachTheConversationThroughAStoredReference()
    {
        var adapter = _app.Services.GetRequiredService<CloudAdapter>();
        var reference = Activities.Message(_channel.ServiceUrl, "x").GetConversationReference();

        await adapter.ContinueConversationAsync(null, reference, (turn, ct) => turn.SendActivityAsync("Your replacement has shipped.", cancellationToken: ct), CancellationToken.None);

        var reply = (await _channel.WaitForRepliesAsync(1))[0];
        Assert.Equal("Your replacement has shipped.", reply.Activity.Text);
        Assert.StartsWith("/amer/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1/activities", reply.Path, StringComparison.Ordinal);
    }
}
