using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BotCare.Web.Tests;

/// <summary>A browser on the agent console: HTTPS (the session cookie is Secure), cookies kept, redirects shown, forms posted with their antiforgery token.</summary>
internal static partial class AgentBrowser
{
    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    public static HttpClient Open(BotCareApp app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>As a browser does it: load the form (which sets the antiforgery cookie), then post it with its token.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password)
    {
        var form = await client.GetStringAsync(AgentAuthentication.SignInPath);
        return await client.PostAsync(AgentAuthentication.SignInPath, Form(("name", name), ("password", password), (AntiforgeryFieldName, TokenIn(form))));
    }

    /// <summary>Signs in and fetches the API's antiforgery token, sent from then on with every request, as the console's script does.</summary>
    public static async Task<HttpClient> SignedInApiAsync(BotCareApp app, string name, string password)
    {
        var client = Open(app);
        using var signedIn = await SignInAsync(client, name, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/agent/antiforgery"));
        client.DefaultRequestHeaders.Add(AgentAuthentication.AntiforgeryHeader, json.RootElement.GetProperty("token").GetString());
        return client;
    }

    /// <summary>The antiforgery token of the form in <paramref name="html"/>.</summary>
    public static string TokenIn(string html) => WebUtility.HtmlDecode(AntiforgeryField().Match(html).Groups[1].Value);

    public static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    [GeneratedRegex("name=\"" + AntiforgeryFieldName + "\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
