using System.Net;

namespace BotCare.Web.Tests.BotFramework;

/// <summary>
/// /api/messages with an app id: tokens are checked against signing keys published by a local OpenID metadata
/// document, as Azure Bot Service's would be.
/// </summary>
public sealed class BotMessagesAuthTests : IAsyncLifetime
{
    private readonly BotCareApp _app = new();
    private LocalChannelService _channel = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _channel = await LocalChannelService.StartAsync();
        _app.Settings["MicrosoftAppId"] = SigningAuthority.AppId;
        _app.Settings["MicrosoftAppPassword"] = "not-used-by-the-fake-token-provider";
        _app.Settings["ToBotFromChannelOpenIdMetadataUrl"] = _channel.MetadataUrl;
        _app.ConfigureServices = services => services.AddSingleton<IChannelTokenProvider>(new FixedOutboundToken());
        _client = _app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task AValidChannelTokenIs200AndTheReplyCarriesTheBotsOwnToken()
    {
        using var response = await PostAsync(_channel.Authority.ChannelToken(_channel.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = (await _channel.WaitForRepliesAsync(1))[0];
        Assert.Equal($"Bearer {FixedOutboundToken.Value}", reply.Authorization);
    }

    [Fact]
    public async Task NoAuthorizationHeaderIs401()
    {
        using var response = await PostAsync(bearer: null);

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task ATokenSignedWithAnUnpublishedKeyIs401()
    {
        using var response = await PostAsync(_channel.Authority.ChannelToken(_channel.ServiceUrl, signingKey: SigningAuthority.Unpublished()));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task AnExpiredTokenIs401()
    {
        using var response = await PostAsync(_channel.Authority.ChannelToken(_channel.ServiceUrl, expires: DateTimeOffset.UtcNow.AddMinutes(-10)));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task ATokenForAnotherBotIs401()
    {
        using var response = await PostAsync(_channel.Authority.ChannelToken(_channel.ServiceUrl, audience: "someone-elses-bot"));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task ATokenForAnotherServiceUrlIs401()
    {
        using var response = await PostAsync(_channel.Authority.ChannelToken("https://attacker.example/amer/"));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task AKeyNotEndorsedForTheChannelIs401()
    {
        var slackOnly = _channel.Authority.AddKey("slack");

        using var response = await PostAsync(_channel.Authority.ChannelToken(_channel.ServiceUrl, signingKey: slackOnly));

        await AssertRefusedAsync(response);
    }

    [Fact]
    public async Task ATokenFromAnotherIssuerIs401()
    {
        using var response = await PostAsync(_channel.Authority.ChannelToken(_channel.ServiceUrl, issuer: "https://evil.example"));

        await AssertRefusedAsync(response);
    }

    private async Task<HttpResponseMessage> PostAsync(string? bearer) =>
        await Activities.PostAsync(_client, Activities.Message(_channel.ServiceUrl, "my order never came"), bearer);

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("\"code\":\"Unauthorized\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Task.Delay(100);
        Assert.Empty(_channel.Replies);
    }

    private sealed class FixedOutboundToken : IChannelTokenProvider
    {
        public const string Value = "outbound-token-from-login";

        public Task<string?> GetTokenAsync(CancellationToken cancellationToken = default) => Task.FromResult<string?>(Value);
    }
}
