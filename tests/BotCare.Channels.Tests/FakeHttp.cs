using System.Net;
using System.Text;

namespace BotCare.Channels.Tests;

/// <summary>An HTTP handler that answers from a function and remembers every request (with its body).</summary>
public sealed class FakeHttp(Func<HttpRequestMessage, string?, HttpResponseMessage> respond) : HttpMessageHandler, IHttpClientFactory
{
    public List<(HttpRequestMessage Request, string? Body)> Requests { get; } = [];

    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    public HttpClient CreateClient(string name) => new(this, disposeHandler: false);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add((request, body));
        }

        return respond(request, body);
    }
}
