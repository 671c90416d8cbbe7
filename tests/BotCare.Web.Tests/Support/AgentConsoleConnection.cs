using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;

namespace BotCare.Web.Tests;

/// <summary>An agent console's live connection to <c>/hubs/agent</c>, signed in with the console's own cookie.</summary>
internal static class AgentConsoleConnection
{
    /// <summary>Signs in as a browser does and returns the session cookie (<c>name=value</c>) it was given.</summary>
    public static async Task<string> SessionCookieAsync(BotCareApp app, string name, string password)
    {
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        using var form = await client.GetAsync(AgentAuthentication.SignInPath);
        var antiforgeryCookie = CookiesOf(form);
        using var post = new HttpRequestMessage(HttpMethod.Post, AgentAuthentication.SignInPath)
        {
            Content = AgentBrowser.Form(("name", name), ("password", password), (AgentBrowser.AntiforgeryFieldName, AgentBrowser.TokenIn(await form.Content.ReadAsStringAsync()))),
        };
        post.Headers.Add("Cookie", antiforgeryCookie);
        using var signedIn = await client.SendAsync(post);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return CookiesOf(signedIn).Split("; ").Single(c => c.StartsWith(AgentAuthentication.CookieName + "=", StringComparison.Ordinal));
    }

    /// <summary>A started connection; <paramref name="cookie"/> null connects without signing in.</summary>
    public static HubConnection Build(BotCareApp app, string? cookie) => new HubConnectionBuilder()
        .WithUrl(new Uri(new Uri("https://localhost"), AgentHub.Path), options =>
        {
            options.HttpMessageHandlerFactory = _ => app.Server.CreateHandler();
            options.Transports = HttpTransportType.LongPolling;
            if (cookie is not null)
            {
                options.Headers["Cookie"] = cookie;
            }
        })
        .Build();

    private static string CookiesOf(HttpResponseMessage response) =>
        string.Join("; ", response.Headers.TryGetValues("Set-Cookie", out var values) ? values.Select(v => v.Split(';')[0]) : []);
}
