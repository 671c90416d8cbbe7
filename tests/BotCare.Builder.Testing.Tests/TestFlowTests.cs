namespace BotCare.Builder.Testing.Tests;

public sealed class TestFlowTests
{
    private static readonly BotCallbackHandler Echo = (ctx, ct) => ctx.Activity.Type == ActivityTypes.Message
        ? ctx.SendActivityAsync($"echo: {ctx.Activity.Text}", cancellationToken: ct)
        : Task.CompletedTask;

    [Fact]
    public async Task UsesTheSdkDefaultsForChannelUserBotAndConversation()
    {
        Activity? seen = null;
        var adapter = new TestAdapter();
        await new TestFlow(adapter, (ctx, ct) =>
            {
                seen = ctx.Activity;
                return Task.CompletedTask;
            })
            .Send("hi")
            .StartTestAsync();

        Assert.Equal(("test", "user1", "bot", "convo1", "en-us"), (seen!.ChannelId, seen.From!.Id, seen.Recipient!.Id, seen.Conversation!.Id, seen.Locale));
        Assert.Equal("0", seen.Id);
    }

    [Fact]
    public async Task IncomingIdsCountUp()
    {
        var ids = new List<string?>();
        await new TestFlow(new TestAdapter(), (ctx, ct) =>
            {
                ids.Add(ctx.Activity.Id);
                return Task.CompletedTask;
            })
            .Send("a").Send("b").Send("c")
            .StartTestAsync();

        Assert.Equal(["0", "1", "2"], ids);
    }

    [Fact]
    public Task AssertReplyComparesTrimmedText() =>
        new TestFlow(new TestAdapter(), (ctx, ct) => ctx.SendActivityAsync("  padded  ", cancellationToken: ct))
            .Send("hi").AssertReply("padded")
            .StartTestAsync();

    [Fact]
    public async Task AWrongReplyFailsWithBothTexts()
    {
        var error = await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReply("something else").StartTestAsync());

        Assert.Contains("something else", error.Message, StringComparison.Ordinal);
        Assert.Contains("echo: hi", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingReplyTimesOut()
    {
        await Assert.ThrowsAsync<TimeoutException>(() =>
            new TestFlow(new TestAdapter(), (ctx, ct) => Task.CompletedTask).Send("hi").AssertReply("anything", timeout: 100).StartTestAsync());
    }

    [Fact]
    public async Task AssertNoReplyFailsWhenTheBotAnswers()
    {
        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("hi").AssertNoReply(timeout: 100).StartTestAsync());
    }

    [Fact]
    public async Task OneOfAndContainsCheckTheText()
    {
        await new TestFlow(new TestAdapter(), Echo)
            .Send("hi").AssertReplyOneOf(["echo: hello", "echo: hi"])
            .Send("order 48213").AssertReplyContains("48213")
            .StartTestAsync();

        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReplyOneOf(["nope", "no"]).StartTestAsync());
        await Assert.ThrowsAsync<TestFlowAssertionException>(() =>
            new TestFlow(new TestAdapter(), Echo).Send("hi").AssertReplyContains("48213").StartTestAsync());
    }

    [Fact]
    public async Task ATypeMismatchFails()
    {
        var typing = new TestFlow(new TestAdapter(), (ctx, ct) => ctx.SendActivityAsync(new Activity(ActivityTypes.Typing), ct));
        await Assert.ThrowsAsync<TestFlowAssertionException>(() => typing.Send("hi").AssertReply("hello").StartTestAsync());
    }

    [Fact]
    public Task SendConversationUpdateAddsTheTestUser() =>
        new TestFlow(new TestAdapter(), (ctx, ct) => ctx.Activity.Type == ActivityTypes.ConversationUpdate
                ? ctx.SendActivityAsync($"welcome {ctx.Activity.MembersAdded![0].Id}", cancellationToken: ct)
                : Task.CompletedTask)
            .SendConversationUpdate()
            .AssertReply("welcome user1")
            .StartTestAsync();

    [Fact]
    public Task ATranscriptIsReplayedWithBotLinesAsExpectations()
    {
        var transcript = new List<IActivity>
        {
            new Activity(ActivityTypes.Message) { Text = "one", From = new ChannelAccount("user1", role: RoleTypes.User) },
            new Activity(ActivityTypes.Message) { Text = "echo: one", From = new ChannelAccount("bot", role: RoleTypes.Bot) },
            new Activity(ActivityTypes.Message) { Text = "two", From = new ChannelAccount("user1", role: RoleTypes.User) },
            new Activity(ActivityTypes.Message) { Text = "echo: two", From = new ChannelAccount("bot", role: RoleTypes.Bot) },
        };

        return new TestFlow(new TestAdapter(), Echo).Test(transcript).StartTestAsync();
    }

    [Fact]
    public async Task NothingRunsUntilStartTestAsync()
    {
        var turns = 0;
        var flow = new TestFlow(new TestAdapter(), (ctx, ct) =>
        {
            turns++;
            return Task.CompletedTask;
        }).Send("a").Send("b");

        Assert.Equal(0, turns);
        await flow.StartTestAsync();
        Assert.Equal(2, turns);
    }

    [Fact]
    public async Task TracesReachTheQueueOnlyWhenEnabled()
    {
        BotCallbackHandler tracing = async (ctx, ct) =>
        {
            await ctx.SendActivityAsync(Activity.CreateTraceActivity("debug"), ct);
            await ctx.SendActivityAsync("done", cancellationToken: ct);
        };

        await new TestFlow(new TestAdapter(), tracing).Send("hi").AssertReply("done").StartTestAsync();
        await new TestFlow(new TestAdapter(sendTraceActivity: true), tracing)
            .Send("hi").AssertReply(a => Assert.Equal(ActivityTypes.Trace, a.Type)).AssertReply("done")
            .StartTestAsync();
    }
}
