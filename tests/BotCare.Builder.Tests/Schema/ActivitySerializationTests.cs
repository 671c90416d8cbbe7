using System.Text.Json;

namespace BotCare.Builder.Tests.Schema;

public sealed class ActivitySerializationTests
{
    // Shaped like what Teams posts to /api/messages, with a field our schema does not name.
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1700000000000",
          "timestamp": "2026-11-20T14:03:11.123Z",
          "localTimestamp": "2026-11-20T09:03:11.123-05:00",
          "localTimezone": "America/New_York",
          "serviceUrl": "https://smba.trafficmanager.net/amer/",
          "channelId": "msteams",
          "from": { "id": "29:1abc", "name": "Dana Customer", "aadObjectId": "0000-aad" },
          "conversation": { "conversationType": "personal", "tenantId": "tenant-1", "id": "a:1XyZ;messageid=1700" },
          "recipient": { "id": "28:bot-app-id", "name": "BotCare" },
          "textFormat": "plain",
          "locale": "en-US",
          "text": "<at>BotCare</at> my order 48213 never arrived",
          "entities": [
            { "type": "mention", "mentioned": { "id": "28:bot-app-id", "name": "BotCare" }, "text": "<at>BotCare</at>" },
            { "type": "clientInfo", "locale": "en-US", "platform": "Web" }
          ],
          "channelData": { "tenant": { "id": "tenant-1" } },
          "attachments": [],
          "someFutureField": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void ReadsEveryNamedFieldOfATeamsMessage()
    {
        var activity = BotJson.Deserialize<Activity>(TeamsMessage)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("https://smba.trafficmanager.net/amer/", activity.ServiceUrl);
        Assert.Equal("a:1XyZ;messageid=1700", activity.Conversation!.Id);
        Assert.Equal("personal", activity.Conversation.ConversationType);
        Assert.Equal("0000-aad", activity.From!.AadObjectId);
        Assert.Equal(TimeSpan.FromHours(-5), activity.LocalTimestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 14, 3, 11, 123, TimeSpan.Zero), activity.Timestamp);
        var mention = Assert.Single(activity.GetMentions());
        Assert.Equal("28:bot-app-id", mention.Mentioned!.Id);
    }

    [Fact]
    public void KeepsUnknownFieldsAndWritesThemBackUnchanged()
    {
        var activity = BotJson.Deserialize<Activity>(TeamsMessage)!;
        var written = JsonDocument.Parse(BotJson.Serialize(activity)).RootElement;

        Assert.Equal("[1,2,3]", written.GetProperty("someFutureField").GetProperty("nested").GetRawText());
        var clientInfo = written.GetProperty("entities")[1];
        Assert.Equal("Web", clientInfo.GetProperty("platform").GetString());
    }

    [Fact]
    public void WritesCamelCaseNamesAndOmitsNulls()
    {
        var activity = MessageFactory.Text("hello");
        activity.ReplyToId = "7";
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        var json = JsonDocument.Parse(BotJson.Serialize(activity)).RootElement;

        Assert.Equal("7", json.GetProperty("replyToId").GetString());
        Assert.Equal("expectReplies", json.GetProperty("deliveryMode").GetString());
        Assert.Equal("acceptingInput", json.GetProperty("inputHint").GetString());
        Assert.False(json.TryGetProperty("speak", out _));
        Assert.False(json.TryGetProperty("ReplyToId", out _));
    }

    [Fact]
    public void ReadsChannelDataAndValueAsPlainDataThatCanBeReadTyped()
    {
        var activity = BotJson.Deserialize<Activity>("""{"type":"event","name":"handoff.status","value":{"state":"accepted","message":"Agent Sam"},"channelData":{"clientActivityID":"c-1"}}""")!;

        var value = Assert.IsType<Dictionary<string, object?>>(activity.Value);
        Assert.Equal("accepted", value["state"]);
        Assert.Equal(new HandoffStatus("accepted", "Agent Sam"), BotJson.Convert<HandoffStatus>(activity.Value));
        Assert.Equal("c-1", activity.GetChannelData<Dictionary<string, object?>>()!["clientActivityID"]);
    }

    [Fact]
    public void CloneIsDeepAndKeepsUnknownFields()
    {
        var original = BotJson.Deserialize<Activity>(TeamsMessage)!;
        var copy = original.Clone();
        copy.From!.Name = "changed";
        copy.Entities!.Clear();

        Assert.Equal("Dana Customer", original.From!.Name);
        Assert.Equal(2, original.Entities!.Count);
        Assert.True(copy.Properties!.ContainsKey("someFutureField"));
    }

    [Theory]
    [InlineData("message", ActivityTypes.Message, true)]
    [InlineData("Message", ActivityTypes.Message, true)]
    [InlineData("message/card", ActivityTypes.Message, true)]
    [InlineData("messageReaction", ActivityTypes.Message, false)]
    [InlineData("event", ActivityTypes.Message, false)]
    public void IsActivityMatchesTypesCaseInsensitivelyWithSubtypes(string type, string asked, bool expected)
    {
        Assert.Equal(expected, new Activity(type).IsActivity(asked));
    }

    [Fact]
    public void TypedViewsAreOnlyGivenForTheMatchingType()
    {
        var message = new Activity(ActivityTypes.Message);
        Assert.NotNull(message.AsMessageActivity());
        Assert.Null(message.AsEventActivity());
        Assert.NotNull(new Activity(ActivityTypes.Invoke).AsInvokeActivity());
    }

    [Fact]
    public void RemovingTheBotMentionLeavesOnlyWhatTheUserSaid()
    {
        var activity = BotJson.Deserialize<Activity>(TeamsMessage)!;
        var text = activity.RemoveMentionText("28:bot-app-id");

        Assert.Equal("my order 48213 never arrived", text);
        Assert.Empty(activity.GetMentions());
    }

    [Fact]
    public void ConversationReferenceOfAWelcomeOnDirectLineIsNotAReply()
    {
        var update = new Activity(ActivityTypes.ConversationUpdate) { Id = "5", ChannelId = Channels.Directline };
        var message = new Activity(ActivityTypes.Message) { Id = "6", ChannelId = Channels.Directline };

        Assert.Null(update.GetConversationReference().ActivityId);
        Assert.Equal("6", message.GetConversationReference().ActivityId);
    }

    [Fact]
    public void ARejectedPayloadSaysWhatIsWrong()
    {
        var error = Assert.Throws<JsonException>(() => BotJson.Deserialize<Activity>("""{"type":"message","timestamp":"not a date"}"""));
        Assert.Contains("timestamp", error.Message, StringComparison.Ordinal);
    }
}
