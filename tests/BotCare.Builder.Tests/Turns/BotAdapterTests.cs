namespace BotCare.Builder.Tests.Turns;

public sealed class BotAdapterTests
{
    [Fact]
    public async Task MiddlewareRunsInOrderAroundTheBot()
    {
        var trail = new List<string>();
        var adapter = new RecordingAdapter();
        adapter.Use(new Tracing("outer", trail)).Use(new Tracing("inner", trail));

        await adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) =>
        {
            trail.Add("bot");
            return Task.CompletedTask;
        });

        Assert.Equal(["outer:before", "inner:before", "bot", "inner:after", "outer:after"], trail);
    }

    [Fact]
    public async Task MiddlewareThatDoesNotCallNextKeepsTheMessageFromTheBot()
    {
        var botRan = false;
        var adapter = new RecordingAdapter();
        adapter.Use(new Blocking());

        await adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) =>
        {
            botRan = true;
            return Task.CompletedTask;
        });

        Assert.False(botRan);
    }

    [Fact]
    public async Task OnTurnErrorReceivesTheExceptionAndCanApologize()
    {
        var adapter = new RecordingAdapter();
        Exception? seen = null;
        adapter.OnTurnError = async (ctx, ex) =>
        {
            seen = ex;
            await ctx.SendActivityAsync("Sorry, something went wrong on our side.");
        };

        await adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) => throw new InvalidOperationException("boom"));

        Assert.Equal("boom", seen!.Message);
        Assert.Equal("Sorry, something went wrong on our side.", Assert.Single(adapter.Sent).Text);
    }

    [Fact]
    public async Task WithoutOnTurnErrorTheExceptionPropagates()
    {
        var adapter = new RecordingAdapter();
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            adapter.RunAsync(RecordingAdapter.Incoming(), (ctx, ct) => throw new InvalidOperationException("boom")));
    }

    [Fact]
    public async Task AProactiveTurnRunsTheWholePipelineOnAContinueConversationEvent()
    {
        var adapter = new RecordingAdapter();
        var trail = new List<string>();
        adapter.Use(new Tracing("middleware", trail));
        var reference = RecordingAdapter.Incoming().GetConversationReference();
        Activity? seen = null;

        await adapter.ContinueConversationAsync("bot-app-id", reference, async (ctx, ct) =>
        {
            seen = ctx.Activity;
            await ctx.SendActivityAsync("Did your replacement arrive?", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Equal(["middleware:before", "middleware:after"], trail);
        Assert.Equal(ActivityTypes.Event, seen!.Type);
        Assert.Equal(ActivityEventNames.ContinueConversation, seen.Name);
        Assert.Equal("user1", seen.From!.Id);
        var sent = Assert.Single(adapter.Sent);
        Assert.Equal("convo1", sent.Conversation!.Id);
        Assert.Equal("user1", sent.Recipient!.Id);
        Assert.Equal("https://channel.example/", sent.ServiceUrl);

        // The continuation activity was never on the channel: a reply to it would name an activity nobody saw.
        Assert.Null(sent.ReplyToId);
    }

    [Fact]
    public async Task AProactiveTurnCanRunOnAnActivityOfItsOwnThroughTheWholePipeline()
    {
        var adapter = new RecordingAdapter();
        var trail = new List<string>();
        adapter.Use(new Tracing("middleware", trail));
        var continuation = RecordingAdapter.Incoming().GetConversationReference().GetContinuationActivity();
        continuation.Name = HandoffEventNames.HandoffStatus;
        continuation.Value = new HandoffStatus(HandoffStates.Completed, "refund agreed");
        Activity? seen = null;

        await adapter.ContinueConversationAsync(null, continuation, async (ctx, ct) =>
        {
            seen = ctx.Activity;
            await ctx.SendActivityAsync("Glad that's sorted.", cancellationToken: ct);
        }, CancellationToken.None);

        Assert.Equal(["middleware:before", "middleware:after"], trail);
        Assert.Equal(HandoffEventNames.HandoffStatus, seen!.Name);
        Assert.Equal(new HandoffStatus(HandoffStates.Completed, "refund agreed"), BotJson.Convert<HandoffStatus>(seen.Value));
        Assert.Equal("convo1", Assert.Single(adapter.Sent).Conversation!.Id);
        Assert.Null(adapter.Sent[0].ReplyToId);
    }

    private sealed class Tracing(string name, List<string> trail) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
        {
            trail.Add($"{name}:before");
            await next(cancellationToken);
            trail.Add($"{name}:after");
        }
    }

    private sealed class Blocking : IMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default) => Task.CompletedTask;
    }
}
