using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Channels.Tests.Auth;

public sealed class BotFrameworkTokenValidatorTests : IDisposable
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";
    private const string MetadataUrl = "https://login.test/v1/.well-known/openidconfiguration";
    private const string EmulatorMetadataUrl = "https://login.test/emulator/.well-known/openid-configuration";
    private const string KeysUrl = "https://login.test/keys";

    private readonly SigningAuthority _authority = new();
    private readonly FakeHttp _http;

    public BotFrameworkTokenValidatorTests()
    {
        _http = new FakeHttp((request, _) => request.RequestUri!.AbsoluteUri switch
        {
            MetadataUrl or EmulatorMetadataUrl => FakeHttp.Json(SigningAuthority.MetadataJson(KeysUrl)),
            KeysUrl => FakeHttp.Json(_authority.KeySetJson()),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        });
    }

    public void Dispose()
    {
        _authority.Dispose();
        _http.Dispose();
    }

    [Fact]
    public async Task AcceptsAChannelTokenAndSaysItCameFromAzure()
    {
        var outcome = await Validator().AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl)}", Message(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Equal("urn:botframework:azure", outcome.CallerId);
    }

    [Fact]
    public void FetchesNothingUntilATokenNeedsChecking()
    {
        _ = Validator();

        Assert.Empty(_http.Requests);
    }

    [Fact]
    public async Task CachesTheKeysAcrossRequests()
    {
        var validator = Validator();
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl)}", Message(), CancellationToken.None)).Succeeded);
        }

        Assert.Equal(1, _authority.KeySetFetches);
    }

    [Fact]
    public async Task FetchesTheKeysAgainWhenATokenNamesAKeyNotSeenYet()
    {
        var validator = Validator();
        Assert.True((await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl)}", Message(), CancellationToken.None)).Succeeded);

        // The Bot Framework rolls its keys: a new one appears after the first fetch.
        var rolled = _authority.AddKey("msteams");
        var outcome = await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl, signingKey: rolled)}", Message(), CancellationToken.None);

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Equal(2, _authority.KeySetFetches);
    }

    [Fact]
    public async Task ForgedKeyIdsCannotMakeItFetchKeysOverAndOver()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var validator = new BotFrameworkTokenValidator(Options(), _http, NullLogger<BotFrameworkTokenValidator>.Instance, clock);
        var forged = SigningAuthority.Unpublished();

        for (var i = 0; i < 3; i++)
        {
            Assert.False((await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl, signingKey: forged)}", Message(), CancellationToken.None)).Succeeded);
        }

        Assert.Equal(2, _authority.KeySetFetches);
        clock.Advance(OpenIdMetadataCache.MinForcedRefreshInterval);
        Assert.False((await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl, signingKey: forged)}", Message(), CancellationToken.None)).Succeeded);
        Assert.Equal(3, _authority.KeySetFetches);
    }

    [Theory]
    [InlineData("msteams", true)]
    [InlineData("slack", false)]
    public async Task RequiresTheSigningKeyToBeEndorsedForTheActivitysChannel(string channel, bool accepted)
    {
        var teamsOnly = _authority.AddKey("msteams");
        var activity = Message();
        activity.ChannelId = channel;

        var outcome = await Validator().AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl, signingKey: teamsOnly)}", activity, CancellationToken.None);

        Assert.Equal(accepted, outcome.Succeeded);
    }

    [Fact]
    public async Task AllowsFiveMinutesOfClockSkewButNoMore()
    {
        var validator = Validator();
        var now = DateTimeOffset.UtcNow;

        var justExpired = await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl, expires: now.AddMinutes(-3))}", Message(), CancellationToken.None);
        var longExpired = await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl, expires: now.AddMinutes(-7))}", Message(), CancellationToken.None);

        Assert.True(justExpired.Succeeded, justExpired.Failure);
        Assert.False(longExpired.Succeeded);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    public async Task RefusesMissingOrMalformedCredentialsWithAReason(string? header)
    {
        var outcome = await Validator().AuthenticateAsync(header, Message(), CancellationToken.None);

        Assert.False(outcome.Succeeded);
        Assert.False(string.IsNullOrWhiteSpace(outcome.Failure));
    }

    [Fact]
    public async Task UnreachableMetadataIsARefusalNotAnException()
    {
        using var down = new FakeHttp((_, _) => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        var validator = new BotFrameworkTokenValidator(Options(), down, NullLogger<BotFrameworkTokenValidator>.Instance);

        var outcome = await validator.AuthenticateAsync($"Bearer {_authority.ChannelToken(ServiceUrl)}", Message(), CancellationToken.None);

        Assert.False(outcome.Succeeded);
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task AcceptsEmulatorTokensIssuedToThisBot(string version)
    {
        var validator = Validator();

        var ours = await validator.AuthenticateAsync($"Bearer {_authority.EmulatorToken(SigningAuthority.AppId, version)}", Message(), CancellationToken.None);
        var theirs = await validator.AuthenticateAsync($"Bearer {_authority.EmulatorToken("another-bot", version)}", Message(), CancellationToken.None);

        Assert.True(ours.Succeeded, ours.Failure);
        Assert.Equal($"urn:botframework:aadappid:{SigningAuthority.AppId}", ours.CallerId);
        Assert.False(theirs.Succeeded);
    }

    [Fact]
    public async Task LetsEveryoneInOnlyWhenNoAppIdIsConfigured()
    {
        var open = new BotFrameworkTokenValidator(Options(appId: ""), _http, NullLogger<BotFrameworkTokenValidator>.Instance);

        var outcome = await open.AuthenticateAsync(null, Message(), CancellationToken.None);

        Assert.True(outcome.Succeeded);
        Assert.Null(outcome.CallerId);
    }

    private BotFrameworkTokenValidator Validator() => new(Options(), _http, NullLogger<BotFrameworkTokenValidator>.Instance);

    private static IOptions<BotFrameworkAuthenticationOptions> Options(string appId = SigningAuthority.AppId) => Microsoft.Extensions.Options.Options.Create(new BotFrameworkAuthenticationOptions
    {
        MicrosoftAppId = appId,
        ToBotFromChannelOpenIdMetadataUrl = MetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl = EmulatorMetadataUrl,
    });

    private static Activity Message() => new(ActivityTypes.Message)
    {
        ChannelId = "msteams",
        ServiceUrl = ServiceUrl,
        Conversation = new ConversationAccount(id: "c1"),
        Text = "hello",
    };
}
