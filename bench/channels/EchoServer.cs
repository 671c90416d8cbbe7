using System.Text.Json;
using BotCare.Builder;

namespace BotCare.Channels.Bench;

/// <summary>
/// The ceiling: an ASP.NET endpoint that parses the activity and answers with it, as expectReplies would,
/// doing no bot work at all.
/// </summary>
internal static class EchoServer
{
    public static async Task RunAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/healthz", () => "ok");
        app.MapPost("/api/messages", async (HttpContext http) =>
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(http.Request.Body, BotJson.Options);
            var reply = new Activity(ActivityTypes.Message)
            {
                Text = activity?.Text ?? ScriptedCustomer.Turns[0].Expect,
                Conversation = activity?.Conversation,
                From = activity?.Recipient,
                Recipient = activity?.From,
                ReplyToId = activity?.Id,
            };
            await http.Response.WriteAsJsonAsync(new ExpectedReplies { Activities = [reply] }, BotJson.Options);
        });
        await app.RunAsync();
    }
}
