using System.Net;
using Microsoft.Identity.Client;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace BotCare.Channels.Tests.Auth;

public sealed class MsalChannelTokenProviderTests : IDisposable
{
    private readonly FakeHttp _login = new((request, _) => request.RequestUri!.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal)
        ? FakeHttp.Json("""{"token_type":"Bearer","expires_in":3600,"ext_expires_in":3600,"access_token":"token-from-login"}""")
        : new HttpResponseMessage(HttpStatusCode.NotFound));

    public void Dispose() => _login.Dispose();

    [Fact]
    public async Task AsksTheLoginServiceOnceAndReusesTheTokenUntilNearExpiry()
    {
        var provider = Provider(new BotFrameworkAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppPassword = "pw", ValidateAuthority = false });

        Assert.Equal("token-from-login", await provider.GetTokenAsync());
        Assert.Equal("token-from-login", await provider.GetTokenAsync());

        var (request, body) = Assert.Single(_login.Requests);
        Assert.Equal("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token", request.RequestUri!.AbsoluteUri);
        Assert.Contains("grant_type=client_credentials", body, StringComparison.Ordinal);
        Assert.Contains("scope=https%3A%2F%2Fapi.botframework.com%2F.default", body, StringComparison.Ordinal);
        Assert.Contains("client_id=app", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleTenantAppsSignInAgainstTheirOwnTenant()
    {
        var provider = Provider(new BotFrameworkAuthenticationOptions
        {
            MicrosoftAppType = "SingleTenant",
            MicrosoftAppId = "app",
            MicrosoftAppPassword = "pw",
            MicrosoftAppTenantId = "contoso-tenant",
            ValidateAuthority = false,
        });

        await provider.GetTokenAsync();

        Assert.Equal("https://login.microsoftonline.com/contoso-tenant/oauth2/v2.0/token", Assert.Single(_login.Requests).Request.RequestUri!.AbsoluteUri);
    }

    [Fact]
    public async Task SendsNoTokenWhenAuthenticationIsOff()
    {
        Assert.Null(await Provider(new BotFrameworkAuthenticationOptions()).GetTokenAsync());
        Assert.Empty(_login.Requests);
    }

    private MsalChannelTokenProvider Provider(BotFrameworkAuthenticationOptions options) => new(MsOptions.Create(options), new MsalHttp(_login));

    private sealed class MsalHttp(FakeHttp handler) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => handler.CreateClient("msal");
    }
}
