namespace BotCare.Builder.Dialogs.Tests;

public sealed class WaterfallTests
{
    [Fact]
    public Task RunsOneStepPerTurnInOrder()
    {
        var waterfall = new WaterfallDialog("test",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step1", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step2 got '{step.Result}'", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("step3", cancellationToken: ct);
                return await step.EndDialogAsync("done", ct);
            },
        ]);

        var harness = new DialogHarness(waterfall);
        return harness.Flow("test", onComplete: (ctx, result) => ctx.SendActivityAsync($"result: {result.Result}"))
            .Send("hello").AssertReply("step1")
            .Send("a").AssertReply("step2 got 'a'")
            .Send("b").AssertReply("step3").AssertReply("result: done")
            .StartTestAsync();
    }

    [Fact]
    public Task ValuesAreKeptAcrossTurnsAndPromptResultsArriveInTheNextStep()
    {
        var waterfall = new WaterfallDialog("order",
        [
            (step, ct) => step.PromptAsync("number", new PromptOptions { Prompt = MessageFactory.Text("Order number?") }, ct),
            (step, ct) =>
            {
                step.Values["order"] = step.Result;
                return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("What happened?") }, ct);
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Order {step.GetValue<int>("order")}: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        return new DialogHarness(waterfall, new NumberPrompt<int>("number"), new TextPrompt("text")).Flow("order")
            .Send("hi").AssertReply("Order number?")
            .Send("48213").AssertReply("What happened?")
            .Send("it arrived late").AssertReply("Order 48213: it arrived late")
            .StartTestAsync();
    }

    [Fact]
    public Task NextAsyncRunsTheFollowingStepAtOnce()
    {
        var waterfall = new WaterfallDialog("skip",
        [
            (step, ct) => step.NextAsync("known already", ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"step2: {step.Result} ({step.Reason})", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);

        return new DialogHarness(waterfall).Flow("skip")
            .Send("hi").AssertReply("step2: known already (NextCalled)")
            .StartTestAsync();
    }

    [Fact]
    public async Task NextAsyncCannotBeCalledTwiceInOneStep()
    {
        var waterfall = new WaterfallDialog("twice",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new DialogHarness(waterfall).Flow("twice").Send("hi").StartTestAsync());
    }

    [Fact]
    public Task FallingOffTheLastStepEndsWithThatStepsResult()
    {
        var waterfall = new WaterfallDialog("short", [(step, ct) => step.NextAsync(42, ct)]);

        return new DialogHarness(waterfall).Flow("short", onComplete: (ctx, result) => ctx.SendActivityAsync($"ended with {result.Result}"))
            .Send("hi").AssertReply("ended with 42")
            .StartTestAsync();
    }

    [Fact]
    public Task ActivitiesOtherThanMessagesDoNotAdvanceTheWaterfall()
    {
        var waterfall = new WaterfallDialog("wait",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync("waiting", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"continued with {step.Result}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);

        return new DialogHarness(waterfall).Flow("wait")
            .Send("hi").AssertReply("waiting")
            .Send(new Activity(ActivityTypes.Typing)).AssertNoReply(timeout: 200)
            .Send("go").AssertReply("continued with go")
            .StartTestAsync();
    }

    [Fact]
    public Task TheOptionsReachEveryStep()
    {
        var waterfall = new WaterfallDialog("opts",
        [
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"hello {step.GetOptions<Greeting>()!.Name}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"still {step.GetOptions<Greeting>()!.Name}", cancellationToken: ct);
                return Dialog.EndOfTurn;
            },
        ]);

        return new DialogHarness(waterfall).Flow("opts", new Greeting { Name = "Dana" })
            .Send("hi").AssertReply("hello Dana")
            .Send("again").AssertReply("still Dana")
            .StartTestAsync();
    }

    [Fact]
    public Task ReadingTheOptionsAfterPromptingLeavesThePromptsOwnOptionsAlone()
    {
        var waterfall = new WaterfallDialog("w",
        [
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
            async (step, ct) =>
            {
                var result = await step.PromptAsync("n", new PromptOptions { Prompt = MessageFactory.Text("How many?"), RetryPrompt = MessageFactory.Text("A number please.") }, ct);
                Assert.Equal("Dana", step.GetOptions<Greeting>()!.Name);
                return result;
            },
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"got {step.Result} for {step.GetOptions<Greeting>()!.Name}", cancellationToken: ct);
                return await step.EndDialogAsync(null, ct);
            },
        ]);

        return new DialogHarness(waterfall, new NumberPrompt<int>("n")).Flow("w", new Greeting { Name = "Dana" })
            .Send("hi")
            .Send("go").AssertReply("How many?")
            .Send("dunno").AssertReply("A number please.")
            .Send("3").AssertReply("got 3 for Dana")
            .StartTestAsync();
    }

    [Fact]
    public void TheVersionChangesWhenStepsAreAddedOrRemoved()
    {
        var two = new WaterfallDialog("flow", [(s, ct) => s.NextAsync(null, ct), (s, ct) => s.NextAsync(null, ct)]);
        var three = new WaterfallDialog("flow", [(s, ct) => s.NextAsync(null, ct), (s, ct) => s.NextAsync(null, ct), (s, ct) => s.NextAsync(null, ct)]);
        Assert.Equal("flow:2", two.GetVersion());
        Assert.NotEqual(two.GetVersion(), three.GetVersion());
    }

    private sealed class Greeting
    {
        public string? Name { get; set; }
    }
}
