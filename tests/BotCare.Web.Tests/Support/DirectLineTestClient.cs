using System.Net;
using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;

namespace BotCare.Web.Tests;

/// <summary>Speaks Direct Line 3.0 to the app the way DirectLineJS does, for tests.</summary>
internal sealed class DirectLineTestClient(BotCareApp app)
{
    private readonly HttpClient _http = app.CreateClient();

    public HttpClient Http => _http;

    /// <summary>What the chat page does first: a token for a brand-new conversation.</summary>
    public async Task<DirectLineConversationResponse> PageTokenAsync()
    {
        using var response = await _http.PostAsync("/api/directline/token", null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<DirectLineConversationResponse>(response))!;
    }

    /// <summary>A started conversation (201 checked) and its token.</summary>
    public async Task<DirectLineConversationResponse> StartAsync()
    {
        var page = await PageTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "/v3/directline/conversations", page.Token, """{"user":{"id":"ignored"},"locale":"en-US"}""");
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ReadAsync<DirectLineConversationResponse>(response))!;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return await _http.SendAsync(request);
    }

    public async Task<string> PostMessageAsync(DirectLineConversationResponse conversation, string text, string clientActivityId)
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            from = new { id = "someone-else", role = "user" },
            channelData = new { clientActivityID = clientActivityId },
        });
        using var response = await SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{conversation.ConversationId}/activities", conversation.Token, json);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ResourceResponse>(response))!.Id!;
    }

    public async Task<ActivitySet> GetActivitiesAsync(DirectLineConversationResponse conversation, string? watermark = null)
    {
        using var response = await SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.ConversationId}/activities?watermark={watermark}", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ReadAsync<ActivitySet>(response))!;
    }

    public async Task<WebSocket> ConnectAsync(string streamUrl)
    {
        var client = app.Server.CreateWebSocketClient();
        return await client.ConnectAsync(new Uri(streamUrl), CancellationToken.None);
    }

    public static async Task<T?> ReadAsync<T>(HttpResponseMessage response) =>
        BotJson.Deserialize<T>(await response.Content.ReadAsStringAsync());

    /// <summary>Reads stream frames until <paramref name="done"/> holds for everything received; empty frames are keep-alives.</summary>
    public static async Task<List<ActivitySet>> ReceiveUntilAsync(WebSocket socket, Func<IReadOnlyList<Activity>, bool> done, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        var sets = new List<ActivitySet>();
        var buffer = new byte[64 * 1024];
        while (!done([.. sets.SelectMany(s => s.Activities)]))
        {
            using var message = new MemoryStream();
            WebSocketReceiveResult frame;
            do
            {
                frame = await socket.ReceiveAsync(buffer, cancel.Token);
                message.Write(buffer, 0, frame.Count);
            }
            while (!frame.EndOfMessage);

            if (frame.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException($"The server closed the stream: {frame.CloseStatusDescription}");
            }

            if (message.Length > 0)
            {
                sets.Add(BotJson.Deserialize<ActivitySet>(Encoding.UTF8.GetString(message.ToArray()))!);
            }
        }

        return sets;
    }
}
