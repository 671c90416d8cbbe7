using System.Net;
using Microsoft.Extensions.Logging.Abstractions;

namespace BotCare.Channels.Tests.Connector;

public sealed class ConnectorClientTests
{
    [Fact]
    public async Task PostsRepliesUnderTheServiceUrlsOwnPathWithIdsEscapedAndABearerToken()
    {
        using var channel = new FakeHttp((_, _) => FakeHttp.Json("""{"id":"reply-1"}"""));
        var client = new ConnectorClient(channel, new FixedToken("abc"), NullLogger<ConnectorClient>.Instance);
        var activity = Reply("https://smba.trafficmanager.net/amer/", "19:meeting_x@thread.v2;messageid=17", replyToId: "1700000000000");

        var response = await client.SendAsync(activity, CancellationToken.None);

        var (request, _) = Assert.Single(channel.Requests);
        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3Ameeting_x%40thread.v2%3Bmessageid%3D17/activities/1700000000000",
            request.RequestUri!.AbsoluteUri);
        Assert.Equal("Bearer abc", request.Headers.Authorization!.ToString());
        Assert.Equal("reply-1", response.Id);
    }

    [Fact]
    public async Task PostsToTheConversationWhenTheReplyAnswersNothing()
    {
        using var channel = new FakeHttp((_, _) => FakeHttp.Json("{}"));
        var client = new ConnectorClient(channel, new FixedToken(null), NullLogger<ConnectorClient>.Instance);

        await client.SendAsync(Reply("https://slack.botframework.com", "B1:T1:C1"), CancellationToken.None);

        var (request, body) = Assert.Single(channel.Requests);
        Assert.Equal("https://slack.botframework.com/v3/conversations/B1%3AT1%3AC1/activities", request.RequestUri!.AbsoluteUri);
        Assert.Null(request.Headers.Authorization);
        Assert.Contains("\"text\":\"hello\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitsAsLongAsRetryAfterSaysWhenThrottledThenSucceeds()
    {
        var calls = 0;
        using var channel = new FakeHttp((_, _) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                var throttled = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
                throttled.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(1));
                return throttled;
            }

            return FakeHttp.Json("""{"id":"ok"}""");
        });
        var client = new ConnectorClient(channel, new FixedToken("t"), NullLogger<ConnectorClient>.Instance);
        var started = TimeProvider.System.GetTimestamp();

        var response = await client.SendAsync(Reply("https://channel.test/", "c1"), CancellationToken.None);

        Assert.Equal("ok", response.Id);
        Assert.Equal(2, channel.Requests.Count);
        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9), "the retry came before Retry-After");
    }

    [Fact]
    public async Task GivesUpWithTheChannelsStatusAfterRepeatedThrottlingOrAnyOtherError()
    {
        using var throttled = new FakeHttp((_, _) =>
        {
            var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.Zero);
            return response;
        });
        using var forbidden = new FakeHttp((_, _) => new HttpResponseMessage(HttpStatusCode.Forbidden));

        var afterRetries = await Assert.ThrowsAsync<ConnectorException>(() =>
            new ConnectorClient(throttled, new FixedToken("t"), NullLogger<ConnectorClient>.Instance).SendAsync(Reply("https://channel.test/", "c1"), CancellationToken.None));
        var atOnce = await Assert.ThrowsAsync<ConnectorException>(() =>
            new ConnectorClient(forbidden, new FixedToken("t"), NullLogger<ConnectorClient>.Instance).SendAsync(Reply("https://channel.test/", "c1"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.TooManyRequests, afterRetries.Status);
        Assert.Equal(4, throttled.Requests.Count);
        Assert.Equal(HttpStatusCode.Forbidden, atOnce.Status);
        Assert.Single(forbidden.Requests);
    }

    [Fact]
    public async Task UpdatesAndDeletesAddressTheActivity()
    {
        using var channel = new FakeHttp((_, _) => FakeHttp.Json("{}"));
        var client = new ConnectorClient(channel, new FixedToken("t"), NullLogger<ConnectorClient>.Instance);
        var activity = Reply("https://channel.test/base", "c 1");
        activity.Id = "a/1";

        await client.UpdateAsync(activity, CancellationToken.None);
        await client.DeleteAsync(activity.GetConversationReference(), CancellationToken.None);

        Assert.Equal([HttpMethod.Put, HttpMethod.Delete], channel.Requests.Select(r => r.Request.Method));
        Assert.All(channel.Requests, r => Assert.Equal("https://channel.test/base/v3/conversations/c%201/activities/a%2F1", r.Request.RequestUri!.AbsoluteUri));
    }

    private static Activity Reply(string serviceUrl, string conversationId, string? replyToId = null) => new(ActivityTypes.Message)
    {
        ServiceUrl = serviceUrl,
        ChannelId = "msteams",
        Conversation = new ConversationAccount(id: conversationId),
        ReplyToId = replyToId,
        Text = "hello",
    };

    private sealed class FixedToken(string? token) : IChannelTokenProvider
    {
        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult(token);
    }
}
