using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using BotCare.Builder;
using Microsoft.Extensions.Logging;

namespace BotCare.Channels;

/// <summary>
/// Sends the bot's activities to a channel through the Bot Connector REST API (v3), at the activity's
/// <c>serviceUrl</c> with its own path kept (Teams: <c>https://smba.trafficmanager.net/amer/</c>), ids escaped
/// (Teams ids contain <c>:</c>, <c>;</c> and <c>@</c>), a bearer token on every call, and 429/503 answered by
/// waiting as long as the channel's Retry-After says, a few times.
/// </summary>
public sealed class ConnectorClient
{
    public const string HttpClientName = "BotConnector";

    private const int MaxAttempts = 4;
    private static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(30);

    private readonly HttpClient _http;
    private readonly IChannelTokenProvider _tokens;
    private readonly ILogger<ConnectorClient> _logger;
    private readonly TimeProvider _clock;

    public ConnectorClient(IHttpClientFactory httpClients, IChannelTokenProvider tokens, ILogger<ConnectorClient> logger, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(httpClients);
        _http = httpClients.CreateClient(HttpClientName);
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _logger = logger;
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Posts to the conversation, as a reply when the activity replies to one (keeps Teams threads).</summary>
    public async Task<ResourceResponse> SendAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            path += $"/{Escape(activity.ReplyToId)}";
        }

        using var response = await SendWithRetryAsync(HttpMethod.Post, activity.ServiceUrl, path, activity, cancellationToken);
        return await ReadResourceAsync(response, cancellationToken);
    }

    public async Task<ResourceResponse> UpdateAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var path = $"v3/conversations/{Escape(activity.Conversation?.Id)}/activities/{Escape(activity.Id)}";
        using var response = await SendWithRetryAsync(HttpMethod.Put, activity.ServiceUrl, path, activity, cancellationToken);
        return await ReadResourceAsync(response, cancellationToken);
    }

    public async Task DeleteAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var path = $"v3/conversations/{Escape(reference.Conversation?.Id)}/activities/{Escape(reference.ActivityId)}";
        using var response = await SendWithRetryAsync(HttpMethod.Delete, reference.ServiceUrl, path, null, cancellationToken);
    }

    /// <summary>The service URL with its path kept, plus the relative path: the way the SDK's client builds URLs.</summary>
    public static Uri BuildUri(string? serviceUrl, string relativePath)
    {
        if (string.IsNullOrEmpty(serviceUrl) || !Uri.TryCreate(serviceUrl, UriKind.Absolute, out var baseUri))
        {
            throw new InvalidOperationException($"The activity's serviceUrl '{serviceUrl}' is not an absolute URL.");
        }

        var root = baseUri.AbsoluteUri.EndsWith('/') ? baseUri.AbsoluteUri : baseUri.AbsoluteUri + "/";
        return new Uri(root + relativePath);
    }

    private static string Escape(string? segment) =>
        Uri.EscapeDataString(segment ?? throw new InvalidOperationException("A conversation or activity id is missing."));

    private async Task<HttpResponseMessage> SendWithRetryAsync(HttpMethod method, string? serviceUrl, string path, Activity? body, CancellationToken cancellationToken)
    {
        var uri = BuildUri(serviceUrl, path);
        var token = await _tokens.GetTokenAsync(cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(method, uri);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (body is not null)
            {
                request.Content = JsonContent.Create(body, options: BotJson.Options);
            }

            var response = await _http.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return response;
            }

            var throttled = response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable;
            if (!throttled || attempt == MaxAttempts)
            {
                var detail = await response.Content.ReadAsStringAsync(cancellationToken);
                response.Dispose();
                throw new ConnectorException(response.StatusCode, $"{method} {uri} failed with {(int)response.StatusCode}: {detail}");
            }

            var wait = RetryAfter(response, attempt);
            _logger.LogWarning("The channel answered {Status} for {Method} {Path}; retrying in {Wait} ms.", (int)response.StatusCode, method, path, wait.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(wait, _clock, cancellationToken);
        }
    }

    /// <summary>Retry-After as seconds or a date; without one, a short growing pause.</summary>
    private TimeSpan RetryAfter(HttpResponseMessage response, int attempt)
    {
        var header = response.Headers.RetryAfter;
        var wait = header?.Delta
            ?? (header?.Date is { } date ? date - _clock.GetUtcNow() : TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt - 1)));
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxRetryWait ? MaxRetryWait : wait;
    }

    private static async Task<ResourceResponse> ReadResourceAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength is 0)
        {
            return new ResourceResponse();
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<ResourceResponse>(BotJson.Options, cancellationToken) ?? new ResourceResponse();
        }
        catch (System.Text.Json.JsonException)
        {
            // Some channels answer 200 with no JSON body; the send still succeeded.
            return new ResourceResponse();
        }
    }
}
