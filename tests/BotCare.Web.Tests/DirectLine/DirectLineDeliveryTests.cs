using System.Globalization;
using System.Net;

namespace BotCare.Web.Tests.DirectLine;

/// <summary>What reaches a Direct Line client from the bot: typing, failures, and messages from other instances.</summary>
public sealed class DirectLineDeliveryTests
{
    [Fact]
    public async Task TypingGoesOverTheStreamButIsNeverStoredOrPolled()
    {
        await using var app = new BotCareApp();
        app.ConfigureServices = services => services.AddSingleton<IBot>(new ScriptedBot(async (turn, ct) =>
        {
            if (turn.Activity.Type == ActivityTypes.Message)
            {
                await turn.SendActivityAsync(new Activity(ActivityTypes.Typing), ct);
                await turn.SendActivityAsync("Thanks for waiting.", cancellationToken: ct);
            }
        }));
        var client = new DirectLineTestClient(app);
        var conversation = await client.StartAsync();
        using var socket = await client.ConnectAsync(conversation.StreamUrl!);

        // Typing is shown only to streams already listening, and the server starts listening just after the socket
        // opens: a first turn whose stored reply arrives proves this stream listens before the turn under test.
        await client.PostMessageAsync(conversation, "anyone there?", "c0");
        await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Any(a => a.Text == "Thanks for waiting."));

        await client.PostMessageAsync(conversation, "hello?", "c1");
        var sets = await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Any(a => a.Text == "Thanks for waiting."));
        var streamed = sets.SelectMany(s => s.Activities);
        var polled = await client.GetActivitiesAsync(conversation);

        Assert.Contains(streamed, a => a.Type == ActivityTypes.Typing);

        // Typing keeps the client where it is: it carries the position the stream had reached, never null, and
        // never a position past the reply that came after it.
        var typing = sets.First(s => s.Activities.Any(a => a.Type == ActivityTypes.Typing));
        var reply = sets.First(s => s.Activities.Any(a => a.Text == "Thanks for waiting."));
        Assert.NotNull(typing.Watermark);
        Assert.True(long.Parse(typing.Watermark, CultureInfo.InvariantCulture) < long.Parse(reply.Watermark!, CultureInfo.InvariantCulture));
        Assert.DoesNotContain(polled.Activities, a => a.Type == ActivityTypes.Typing);
        Assert.Contains(polled.Activities, a => a.Text == "Thanks for waiting.");
    }

    [Fact]
    public async Task WhenTheBotFailsTheCustomerHearsSoAndTheCaseIsMarkedForAPerson()
    {
        await using var app = new BotCareApp();
        app.ConfigureServices = services => services.AddSingleton<IBot>(new ScriptedBot((turn, _) =>
            turn.Activity.Type == ActivityTypes.Message ? throw new InvalidOperationException("a bug") : Task.CompletedTask));
        var client = new DirectLineTestClient(app);
        var conversation = await client.StartAsync();

        var id = await client.PostMessageAsync(conversation, "my refund never arrived", "c1");

        var activities = (await client.GetActivitiesAsync(conversation)).Activities;
        Assert.Contains(activities, a => a.Id == id);
        Assert.Contains(activities, a => a.Text == BotCare.Web.TurnErrorHandler.Apology);
        var @case = await app.Services.GetRequiredService<BotCare.Cases.ICaseStore>().FindByConversationAsync(conversation.ConversationId);
        Assert.Equal(BotCare.Cases.CaseStatus.Escalated, @case!.Status);
        Assert.Equal(BotCare.Cases.EscalationReason.CannotResolve, @case.Escalations.Single().Reason);
    }

    [Fact]
    public async Task WhenStorageIsDownTheCustomerIsToldAndTheMessageGoesToTheOutageLog()
    {
        var storage = new BrokenStorage();
        await using var app = new BotCareApp();
        app.ConfigureServices = services => services.AddSingleton<IStorage>(storage);
        var client = new DirectLineTestClient(app);
        var conversation = await client.StartAsync();
        using var socket = await client.ConnectAsync(conversation.StreamUrl!);
        await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Count > 0);

        storage.Down = true;
        using var response = await client.SendAsync(
            HttpMethod.Post,
            $"/v3/directline/conversations/{conversation.ConversationId}/activities",
            conversation.Token,
            """{"type":"message","text":"I was charged twice for order 48213"}""");
        var notice = await DirectLineTestClient.ReceiveUntilAsync(socket, all => all.Any(a => a.From?.Role == RoleTypes.Bot && a.Text!.Contains("technical problem", StringComparison.Ordinal)));

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.NotEmpty(notice);
        var outage = await File.ReadAllTextAsync(Path.Combine(app.Folder, "outage-cases.jsonl"));
        Assert.Contains(conversation.ConversationId, outage, StringComparison.Ordinal);
        Assert.Contains("I was charged twice for order 48213", outage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationsSurviveARestartAndAnotherInstanceCanMessageThem()
    {
        var folder = Directory.CreateTempSubdirectory("botcare-shared-").FullName;
        var database = $"Data Source={Path.Combine(folder, "botcare.db")}";
        DirectLineConversationResponse conversation;
        await using (var first = SqliteApp(database))
        {
            var client = new DirectLineTestClient(first);
            conversation = await client.StartAsync();
            await client.PostMessageAsync(conversation, "my parcel never came", "c1");
        }

        await using var restarted = SqliteApp(database);
        await using var otherInstance = SqliteApp(database);
        var reference = new ConversationReference
        {
            ChannelId = BotCare.Builder.Channels.Directline,
            Conversation = new ConversationAccount(id: conversation.ConversationId),
            Bot = new ChannelAccount("botcare", "BotCare"),
            User = new ChannelAccount("dl_any"),
        };
        await otherInstance.Services.GetRequiredService<DirectLineAdapter>().ContinueConversationAsync(
            null, reference, (turn, ct) => turn.SendActivityAsync("Your replacement is on its way.", cancellationToken: ct), CancellationToken.None);

        var activities = (await new DirectLineTestClient(restarted).GetActivitiesAsync(conversation)).Activities;
        Assert.Contains(activities, a => a.Text == "my parcel never came");
        Assert.Equal("Your replacement is on its way.", activities[^1].Text);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static BotCareApp SqliteApp(string connectionString)
    {
        var app = new BotCareApp();
        app.Settings["Storage:Provider"] = "Sqlite";
        app.Settings["ConnectionStrings:BotCare"] = connectionString;
        return app;
    }
}
