using System.Net.Http.Headers;
using System.Text;

namespace BotCare.Web.Tests;

/// <summary>Activities as a channel sends them to /api/messages.</summary>
internal static class Activities
{
    public const string TeamsConversation = "19:abc@thread.skype;messageid=1";

    public static Activity Message(string serviceUrl, string text, string channelId = "msteams", string conversationId = TeamsConversation) => new(ActivityTypes.Message)
    {
        Id = "1700000000001",
        ChannelId = channelId,
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("29:customer", "Ann") { Role = RoleTypes.User },
        Recipient = new ChannelAccount("28:bot", "BotCare") { Role = RoleTypes.Bot },
        Text = text,
        Locale = "en-US",
    };

    public static Activity MembersAdded(string serviceUrl, string conversationId = TeamsConversation) => new(ActivityTypes.ConversationUpdate)
    {
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = "msteams",
        ServiceUrl = serviceUrl,
        Conversation = new ConversationAccount(id: conversationId),
        From = new ChannelAccount("29:customer", "Ann"),
        Recipient = new ChannelAccount("28:bot", "BotCare"),
        MembersAdded = [new ChannelAccount("28:bot", "BotCare"), new ChannelAccount("29:customer", "Ann")],
    };

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Activity activity, string? bearer = null) =>
        PostRawAsync(client, BotJson.Serialize(activity), bearer);

    public static async Task<HttpResponseMessage> PostRawAsync(HttpClient client, string body, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await client.SendAsync(request);
    }
}
