using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace BotCare.Web.Tests;

/// <summary>
/// A real HTTP server on 127.0.0.1 playing Azure Bot Service: it publishes the OpenID metadata and signing keys
/// of a <see cref="SigningAuthority"/>, and receives the bot's replies on the Connector API under a Teams-like
/// service URL path (<c>/amer/</c>).
/// </summary>
public sealed class LocalChannelService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LocalChannelService(WebApplication app, SigningAuthority authority)
    {
        _app = app;
        Authority = authority;
    }

    public SigningAuthority Authority { get; }

    public string BaseUrl { get; private set; } = string.Empty;

    public string MetadataUrl => $"{BaseUrl}/v1/.well-known/openidconfiguration";

    /// <summary>Where activities say they came from; its <c>/amer/</c> path must be kept in reply URLs.</summary>
    public string ServiceUrl => $"{BaseUrl}/amer/";

    public ConcurrentQueue<ReceivedReply> Replies { get; } = new();

    public static async Task<LocalChannelService> StartAsync()
    {
        var authority = new SigningAuthority();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new LocalChannelService(app, authority);

        app.MapGet("/v1/.well-known/openidconfiguration", () => Results.Text(SigningAuthority.MetadataJson($"{service.BaseUrl}/v1/keys"), "application/json"));
        app.MapGet("/v1/keys", () => Results.Text(authority.KeySetJson(), "application/json"));
        app.MapPost("/amer/v3/conversations/{**rest}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var activity = BotJson.Deserialize<Activity>(body)!;
            service.Replies.Enqueue(new ReceivedReply(http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget, http.Request.Headers.Authorization.ToString(), activity));
            return Results.Json(new { id = $"reply-{service.Replies.Count}" });
        });

        await app.StartAsync();
        service.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return service;
    }

    /// <summary>Waits until at least <paramref name="count"/> replies arrived.</summary>
    public async Task<IReadOnlyList<ReceivedReply>> WaitForRepliesAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (Replies.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        return [.. Replies];
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Authority.Dispose();
    }
}

/// <summary>A reply the bot posted: the raw path it used, the Authorization header, the activity.</summary>
public sealed record ReceivedReply(string Path, string Authorization, Activity Activity);
