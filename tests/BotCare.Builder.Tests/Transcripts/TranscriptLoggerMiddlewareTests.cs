using BotCare.Builder.Testing;

namespace BotCare.Builder.Tests.Transcripts;

public sealed class TranscriptLoggerMiddlewareTests
{
    [Fact]
    public async Task RecordsTheCustomerMessageAndEveryReplyWithRoles()
    {
        var store = new MemoryTranscriptStore();
        var adapter = new TestAdapter().Use(new TranscriptLoggerMiddleware(store));

        await new TestFlow(adapter, async (ctx, ct) =>
            {
                await ctx.SendActivityAsync("I'm sorry to hear that.", cancellationToken: ct);
                await ctx.SendActivityAsync("What happened?", cancellationToken: ct);
            })
            .Send("my order never came")
            .AssertReply("I'm sorry to hear that.")
            .AssertReply("What happened?")
            .StartTestAsync();

        var logged = (await store.GetTranscriptActivitiesAsync("test", "convo1")).Items.Cast<Activity>().ToList();
        Assert.Equal(["my order never came", "I'm sorry to hear that.", "What happened?"], logged.Select(a => a.Text));
        Assert.Equal([RoleTypes.User, RoleTypes.Bot, RoleTypes.Bot], logged.Select(a => a.From!.Role));
        Assert.All(logged, a => Assert.False(string.IsNullOrEmpty(a.Id)));
    }

    [Fact]
    public async Task RecordsTheCustomerMessageEvenWhenTheTurnFails()
    {
        var store = new MemoryTranscriptStore();
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptLoggerMiddleware(store));
        adapter.OnTurnError = (ctx, ex) => Task.CompletedTask;

        await adapter.SendTextToBotAsync("this is the third time I write", (ctx, ct) => throw new InvalidOperationException("storage down"));

        var logged = Assert.Single((await store.GetTranscriptActivitiesAsync("test", "convo1")).Items);
        Assert.Equal("this is the third time I write", ((Activity)logged).Text);
    }

    [Fact]
    public async Task TheApologyOfOnTurnErrorIsInTheTranscript()
    {
        var store = new MemoryTranscriptStore();
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptLoggerMiddleware(store));
        adapter.OnTurnError = (ctx, ex) => ctx.SendActivityAsync("Sorry, something went wrong on our side.");

        await adapter.SendTextToBotAsync("third time I write", (ctx, ct) => throw new InvalidOperationException("storage down"));

        var logged = (await store.GetTranscriptActivitiesAsync("test", "convo1")).Items.Cast<Activity>().Select(a => a.Text);
        Assert.Equal(["third time I write", "Sorry, something went wrong on our side."], logged);
    }

    [Fact]
    public async Task AProactiveTurnLogsWhatWasSentButNotItsContinueConversationEvent()
    {
        var store = new MemoryTranscriptStore();
        var adapter = new TestAdapter();
        adapter.Use(new TranscriptLoggerMiddleware(store));

        await adapter.ContinueConversationAsync("bot", adapter.Conversation, (ctx, ct) => ctx.SendActivityAsync("Did your replacement arrive?", cancellationToken: ct), default);

        var logged = Assert.Single((await store.GetTranscriptActivitiesAsync("test", "convo1")).Items);
        Assert.Equal("Did your replacement arrive?", ((Activity)logged).Text);
    }

    [Fact]
    public async Task RecordsUpdatesAndDeletes()
    {
        var store = new MemoryTranscriptStore();
        var adapter = new TestAdapter().Use(new TranscriptLoggerMiddleware(store));

        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            var sent = await ctx.SendActivityAsync("draft", cancellationToken: ct);
            var edit = MessageFactory.Text("final");
            edit.Id = sent.Id;
            await ctx.UpdateActivityAsync(edit, ct);
            await ctx.DeleteActivityAsync(sent.Id!, ct);
        });

        var types = (await store.GetTranscriptActivitiesAsync("test", "convo1")).Items.Select(a => a.Type);
        Assert.Equal([ActivityTypes.Message, ActivityTypes.Message, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete], types);
    }

    [Fact]
    public async Task AFailingTranscriptStoreDoesNotFailTheCustomersTurn()
    {
        var adapter = new TestAdapter().Use(new TranscriptLoggerMiddleware(new FailingLogger()));
        await new TestFlow(adapter, (ctx, ct) => ctx.SendActivityAsync("still here", cancellationToken: ct))
            .Test("hello", "still here")
            .StartTestAsync();
    }

    private sealed class FailingLogger : ITranscriptLogger
    {
        public Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default) =>
            throw new IOException("disk full");
    }
}
