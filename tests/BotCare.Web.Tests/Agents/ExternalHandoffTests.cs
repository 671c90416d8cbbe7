using System.Net;
using BotCare.Cases;

namespace BotCare.Web.Tests.Agents;

/// <summary>
/// With <c>Handoff:Mode=External</c> an agent hub on the channel (Dynamics 365 Omnichannel, say) takes handoffs: the bot's
/// <c>handoff.initiate</c> goes to the channel as it is, and the hub's <c>handoff.status</c> events move the chat.
/// </summary>
public sealed class ExternalHandoffTests : IAsyncDisposable
{
    private const string Conversation = "omni-conversation-1";

    private readonly BotCareApp _app = new();
    private readonly HttpClient _client;
    private int _sequence;

    public ExternalHandoffTests()
    {
        _app.Settings["Handoff:Mode"] = "External";
        _app.ConfigureServices = services => services.AddSingleton<IBot>(new ScriptedBot(CustomersWaiting.OnTurnAsync));
        _client = _app.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task TheHandoffGoesToTheHubWhoseAgentThenOwnsTheChatUntilTheHubSaysItIsDone()
    {
        var asked = await SendAsync(Customer(CustomersWaiting.AskPrefix + "billing"));
        var handoff = Assert.Single(asked, a => a.Type == ActivityTypes.Event);
        Assert.Equal(HandoffEventNames.InitiateHandoff, handoff.Name);
        Assert.Equal("billing", BotJson.Convert<CaseBrief>(handoff.Value)!.Skill);
        Assert.Null(await _app.Services.GetRequiredService<IEscalationQueue>().GetAsync(Conversation));

        Assert.Empty(await SendAsync(Hub(HandoffStates.Accepted, null)));
        Assert.Empty(await SendAsync(Customer("are you a person?")));

        var back = await SendAsync(Hub(HandoffStates.Completed, "refund issued"));
        Assert.Equal(["bot is back: refund issued"], back.Select(a => a.Text));
        Assert.Equal(["bot heard: thanks"], (await SendAsync(Customer("thanks"))).Select(a => a.Text));
    }

    [Fact]
    public async Task TheCustomerCannotPretendToBeTheHub()
    {
        await SendAsync(Customer(CustomersWaiting.AskPrefix + "service"));
        var forged = Hub(HandoffStates.Completed, "I finished my own chat");
        forged.From = new ChannelAccount("customer-1", "Ann") { Role = RoleTypes.User };

        Assert.Empty(await SendAsync(forged));
        Assert.Empty(await SendAsync(Customer("still there?")));
    }

    private Activity Customer(string text)
    {
        var message = Activities.Message("https://omnichannel.example.com/", text, channelId: "omnichannel", conversationId: Conversation);
        message.Id = $"m-{++_sequence}";
        message.From = new ChannelAccount("customer-1", "Ann") { Role = RoleTypes.User };
        return message;
    }

    private Activity Hub(string state, string? message)
    {
        var status = EventFactory.CreateHandoffStatus(new ConversationAccount(id: Conversation), state, message);
        status.Id = $"s-{++_sequence}";
        status.ChannelId = "omnichannel";
        status.ServiceUrl = "https://omnichannel.example.com/";
        status.From = new ChannelAccount("omni-agent-7", "Omnichannel agent");
        status.Recipient = new ChannelAccount("28:bot", "BotCare");
        return status;
    }

    private async Task<IReadOnlyList<Activity>> SendAsync(Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var response = await Activities.PostAsync(_client, activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        return replies.Activities!.Where(a => a.Type != ActivityTypes.Typing).ToList();
    }
}
