using System.Net;
using System.Text;
using BotCare.Builder;

namespace BotCare.EndToEnd.Tests;

/// <summary>The scripted customer the durability tests drive over /api/messages, replies read from the response.</summary>
internal static class RecoveryScript
{
    /// <summary>The full recovery conversation the channels benchmark drives; null opens the conversation.</summary>
    public static readonly string?[] Turns =
    [
        null,
        "the headphones i ordered last week stopped charging after 2 days. really disappointed",
        "no thats it",
        "10042",
        "yes",
        "i just want ones that work",
        "yes please",
        "maybe test the batteries before shipping",
    ];

    /// <summary>One customer message with the replies in the response; the activity id is the same on every try.</summary>
    public static async Task<IReadOnlyList<string>?> TurnAsync(HttpClient http, string prefix, int conversation, int step)
    {
        var text = Turns[step];
        var customer = new ChannelAccount($"customer-{conversation}", "Customer") { Role = RoleTypes.User };
        var activity = new Activity(text is null ? ActivityTypes.ConversationUpdate : ActivityTypes.Message)
        {
            Id = $"{prefix}-c{conversation}-s{step}",
            ChannelId = "webchat",
            ServiceUrl = "http://127.0.0.1:9/",
            Locale = "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Conversation = new ConversationAccount(id: $"{prefix}-{conversation}"),
            From = customer,
            Recipient = new ChannelAccount("bot", "Bot") { Role = RoleTypes.Bot },
            Text = text,
            MembersAdded = text is null ? [new ChannelAccount("bot", "Bot"), customer] : null,
        };
        using var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync());
        return replies?.Activities?.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty).ToList() ?? [];
    }
}
