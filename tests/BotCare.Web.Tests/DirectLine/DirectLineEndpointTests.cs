using System.Net;
using System.Net.WebSockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Web.Tests.DirectLine;

/// <summary>BotCare's Direct Line 3.0 server as Web Chat and DirectLineJS use it: polling, streams, tokens.</summary>
public sealed class DirectLineEndpointTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 15, 0, 0, TimeSpan.Zero));
    private readonly BotCareApp _app = new();
    private readonly DirectLineTestClient _client;

    public DirectLineEndpointTests()
    {
        _app.ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock);
        _client = new DirectLineTestClient(_app);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task StartingAConversationIs201WithAStreamUrlAndOneWelcome()
    {
        var conversation = await _client.StartAsync();

        Assert.StartsWith($"ws://localhost/v3/directline/conversations/{conversation.ConversationId}/stream?t=", conversation.StreamUrl, StringComparison.Ordinal);
        Assert.Equal(1800, conversation.ExpiresIn);
        var set = await _client.GetActivitiesAsync(conversation);
        var welcome = Assert.Single(set.Activities);
        Assert.Equal(ActivityTypes.Message, welcome.Type);
        Assert.Equal(RoleTypes.Bot, welcome.From!.Role);
        Assert.Equal($"{conversation.ConversationId}|0000000", welcome.Id);
        Assert.Equal("0", set.Watermark);
    }

    [Fact]
    public async Task StartingTheSameConversationAgainIs200AndNeverWelcomesTwice()
    {
        var conversation = await _client.StartAsync();

        using var again = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", conversation.Token, "{}");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single((await _client.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task APostedMessageIsEchoedWithItsIdAndClientActivityIdAsTheTokensUser()
    {
        var conversation = await _client.StartAsync();

        var id = await _client.PostMessageAsync(conversation, "my blender arrived broken", "client-1");

        var after = await _client.GetActivitiesAsync(conversation, "0");
        var echo = after.Activities[0];
        Assert.Equal(id, echo.Id);
        Assert.Equal($"{conversation.ConversationId}|0000001", id);
        Assert.Equal("client-1", echo.GetChannelData<Dictionary<string, object>>()!["clientActivityID"]!.ToString());
        Assert.StartsWith("dl_", echo.From!.Id, StringComparison.Ordinal);
        Assert.Equal(RoleTypes.User, echo.From.Role);
        Assert.Contains(after.Activities.Skip(1), a => a.From!.Role == RoleTypes.Bot && a.ReplyToId == id);
    }

    [Fact]
    public async Task PollingWithAWatermarkReturnsOnlyWhatCameAfterIt()
    {
        var conversation = await _client.StartAsync();
        await _client.PostMessageAsync(conversation, "my order never came", "c1");
        var first = await _client.GetActivitiesAsync(conversation);

        var again = await _client.GetActivitiesAsync(conversation, first.Watermark);
        await _client.PostMessageAsync(conversation, "and the refund is missing", "c2");
        var next = await _client.GetActivitiesAsync(conversation, first.Watermark);

        Assert.Empty(again.Activities);
        Assert.Equal(first.Watermark, again.Watermark);
        Assert.Equal("and the refund is missing", next.Activities[0].Text);
        Assert.Empty(next.Activities.Select(a => a.Id).Intersect(first.Activities.Select(a => a.Id)));
    }

    [Fact]
    public async Task TheStreamSendsTheBacklogThenEchoesAndRepliesAsTheyHappen()
    {
        var conversation = await _client.StartAsync();
        using var socket = await _client.ConnectAsync(conversation.StreamUrl!);

        var backlog = await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Count >= 1);
        var id = await _client.PostMessageAsync(conversation, "the delivery was three weeks late", "client-7");
        var live = await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Any(a => a.From?.Role == RoleTypes.Bot && a.ReplyToId == id));

        Assert.Equal(ActivityTypes.Message, Assert.Single(backlog.SelectMany(s => s.Activities)).Type);
        var echo = live.SelectMany(s => s.Activities).First();
        Assert.Equal(id, echo.Id);
        Assert.Equal("client-7", echo.GetChannelData<Dictionary<string, object>>()!["clientActivityID"]!.ToString());
        Assert.All(live, set => Assert.NotNull(set.Watermark));
    }

    [Fact]
    public async Task ReconnectingWithAWatermarkReplaysWithoutDuplicates()
    {
        var conversation = await _client.StartAsync();
        await _client.PostMessageAsync(conversation, "the plates were smashed", "c1");
        var seen = await _client.GetActivitiesAsync(conversation);
        await _client.PostMessageAsync(conversation, "all of them", "c2");

        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark={seen.Watermark}", conversation.Token);
        var resumed = (await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(reconnect))!;
        using var socket = await _client.ConnectAsync(resumed.StreamUrl!);
        var replay = await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Count > 0);

        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var replayed = replay.SelectMany(s => s.Activities).ToList();
        Assert.Equal("all of them", replayed[0].Text);
        Assert.Empty(replayed.Select(a => a.Id).Intersect(seen.Activities.Select(a => a.Id)));
    }

    [Fact]
    public async Task ReconnectingWithoutAWatermarkReplaysTheWholeConversation()
    {
        var conversation = await _client.StartAsync();
        await _client.PostMessageAsync(conversation, "my order never came", "c1");
        var all = await _client.GetActivitiesAsync(conversation);

        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}?watermark=", conversation.Token);
        var resumed = (await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(reconnect))!;
        using var socket = await _client.ConnectAsync(resumed.StreamUrl!);
        var replay = await DirectLineTestClient.ReceiveUntilAsync(socket, got => got.Count >= all.Activities.Count);

        Assert.Equal(all.Activities.Select(a => a.Id), replay.SelectMany(s => s.Activities).Select(a => a.Id));
    }

    [Fact]
    public async Task TokensRefreshForTheSameConversationAndExpireWith403()
    {
        var conversation = await _client.StartAsync();
        _clock.Advance(TimeSpan.FromMinutes(15));

        using var refreshed = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        var renewed = (await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(refreshed))!;
        _clock.Advance(TimeSpan.FromMinutes(20));

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.Equal(conversation.ConversationId, renewed.ConversationId);
        using var withOld = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token);
        using var refreshOld = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        using var withNew = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities", renewed.Token);
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, refreshOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task ATokenCanNeverReadOrPostInAnotherConversation()
    {
        var mine = await _client.StartAsync();
        var theirs = await _client.StartAsync();
        var path = $"/v3/directline/conversations/{theirs.ConversationId}";

        using var read = await _client.SendAsync(HttpMethod.Get, $"{path}/activities", mine.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"{path}/activities", mine.Token, """{"type":"message","text":"hi"}""");
        using var reconnect = await _client.SendAsync(HttpMethod.Get, path, mine.Token);
        var stream = await Assert.ThrowsAnyAsync<Exception>(() => _client.ConnectAsync($"ws://localhost{path}/stream?t={mine.Token}"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        Assert.Contains("403", stream.Message, StringComparison.Ordinal);
        Assert.Single((await _client.GetActivitiesAsync(theirs)).Activities);
    }

    [Fact]
    public async Task AnUnknownConversationIs404()
    {
        using var response = await _client.SendAsync(HttpMethod.Get, "/v3/directline/conversations/nope/activities", BotCareApp.DirectLineSecret);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TokensGenerateNeedsTheSecret()
    {
        using var anonymous = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", null);
        using var wrong = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", "guess");
        using var withToken = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", (await _client.PageTokenAsync()).Token);
        using var withSecret = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", BotCareApp.DirectLineSecret, """{"user":{"id":"dl_known-customer"}}""");
        var generated = (await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(withSecret))!;
        using var started = await _client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", generated.Token);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withSecret.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var conversation = (await DirectLineTestClient.ReadAsync<DirectLineConversationResponse>(started))!;
        await _client.PostMessageAsync(conversation, "hello", "c1");
        Assert.Equal("dl_known-customer", (await _client.GetActivitiesAsync(conversation, "0")).Activities[0].From!.Id);
    }

    [Fact]
    public async Task ASecondStreamForTheConversationClosesTheFirstWithCollision()
    {
        var conversation = await _client.StartAsync();
        using var first = await _client.ConnectAsync(conversation.StreamUrl!);
        await DirectLineTestClient.ReceiveUntilAsync(first, all => all.Count > 0);

        using var second = await _client.ConnectAsync(conversation.StreamUrl!);
        var closed = await Assert.ThrowsAsync<WebSocketException>(() => DirectLineTestClient.ReceiveUntilAsync(first, _ => false));

        Assert.Contains("collision", closed.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await DirectLineTestClient.ReceiveUntilAsync(second, all => all.Count > 0));
    }

    [Fact]
    public async Task ClientPingsOnTheStreamAreIgnored()
    {
        var conversation = await _client.StartAsync();
        using var socket = await _client.ConnectAsync(conversation.StreamUrl!);
        await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Count > 0);

        await socket.SendAsync(Encoding.UTF8.GetBytes(string.Empty), WebSocketMessageType.Text, true, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\"not via the socket\"}"), WebSocketMessageType.Text, true, CancellationToken.None);
        var id = await _client.PostMessageAsync(conversation, "still listening?", "c9");

        var live = await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Any(a => a.Id == id));
        Assert.DoesNotContain(live.SelectMany(s => s.Activities), a => a.Text == "not via the socket");
    }

    [Theory]
    [InlineData("{\"type\":\"message\",", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\":\"no type\"}", HttpStatusCode.BadRequest)]
    public async Task ABadActivityIsRefusedWithAReasonAndNothingIsStored(string body, HttpStatusCode expected)
    {
        var conversation = await _client.StartAsync();

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, body);

        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("\"message\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Single((await _client.GetActivitiesAsync(conversation)).Activities);
    }

    [Fact]
    public async Task AnActivityOverTheLimitIs413()
    {
        var conversation = await _client.StartAsync();
        var huge = "{\"type\":\"message\",\"text\":\"" + new string('a', 1024 * 1024) + "\"}";

        using var response = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("https://www.example.com", true)]
    [InlineData("https://evil.example", false)]
    public async Task BrowsersMayCallFromAllowedOriginsOnly(string origin, bool allowed)
    {
        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/v3/directline/conversations");
        preflight.Headers.Add("Origin", origin);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,x-ms-bot-agent");

        using var response = await _client.Http.SendAsync(preflight);

        Assert.Equal(allowed, response.Headers.TryGetValues("Access-Control-Allow-Origin", out var origins) && origins.Single() == origin);
    }
}
