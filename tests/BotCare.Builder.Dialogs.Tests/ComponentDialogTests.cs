using System.Text.Json;

namespace BotCare.Builder.Dialogs.Tests;

public sealed class ComponentDialogTests
{
    [Fact]
    public async Task RunsItsOwnStackStoredInsideItsInstanceState()
    {
        var harness = new DialogHarness(new AskName());
        await harness.Flow("AskName", onComplete: (ctx, r) => ctx.SendActivityAsync($"Hello {r.Result}"))
            .Send("hi").AssertReply("Your name?")
            .StartTestAsync();

        var stack = JsonDocument.Parse(await harness.StoredStateJsonAsync()).RootElement.GetProperty("DialogState").GetProperty("dialogStack");
        var component = Assert.Single(stack.EnumerateArray());
        Assert.Equal("AskName", component.GetProperty("id").GetString());
        var inner = component.GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        Assert.Equal(["TextPrompt", "WaterfallDialog"], inner.EnumerateArray().Select(i => i.GetProperty("id").GetString()));
        Assert.Equal(0, inner[1].GetProperty("state").GetProperty("stepIndex").GetInt32());
        Assert.Equal(0, inner[0].GetProperty("state").GetProperty("state").GetProperty("AttemptCount").GetInt32());
    }

    [Fact]
    public Task EndsWithTheResultOfItsInnerStack() =>
        new DialogHarness(new AskName()).Flow("AskName", onComplete: (ctx, r) => ctx.SendActivityAsync($"Hello {r.Result}"))
            .Send("hi").AssertReply("Your name?")
            .Send("Dana").AssertReply("Hello Dana")
            .StartTestAsync();

    [Fact]
    public Task NestedComponentsPassResultsUpwards() =>
        new DialogHarness(new Outer()).Flow("Outer", onComplete: (ctx, r) => ctx.SendActivityAsync($"outer got {r.Result}"))
            .Send("hi").AssertReply("Your name?")
            .Send("Sam").AssertReply("inner said Sam").AssertReply("outer got SAM")
            .StartTestAsync();

    [Fact]
    public async Task AWaterfallStepsParentIsTheComponent()
    {
        string? parentId = null;
        var component = new ComponentDialog("Comp");
        component.AddDialog(new WaterfallDialog("steps", [(step, ct) =>
        {
            parentId = step.Parent?.ActiveDialog?.Id;
            return step.EndDialogAsync(null, ct);
        }]));

        await new DialogHarness(component).Flow("Comp").Send("hi").StartTestAsync();
        Assert.Equal("Comp", parentId);
    }

    [Fact]
    public Task InterruptionsAreHandledBeforeTheActivePromptSeesTheMessage() =>
        new DialogHarness(new Interruptible()).Flow("Interruptible", onComplete: (ctx, r) => ctx.SendActivityAsync($"done: {r.Result ?? "cancelled"}"))
            .Send("hi").AssertReply("What happened?")
            .Send("help").AssertReply("Tell me in your own words; say 'cancel' to stop.")
            .Send("it broke").AssertReply("done: it broke")
            .Send("hi again").AssertReply("What happened?")
            .Send("cancel").AssertReply("Okay, stopping here.").AssertReply("done: cancelled")
            .StartTestAsync();

    [Fact]
    public async Task CancellingInsideAComponentCompletesTheOuterStack()
    {
        var harness = new DialogHarness(new Interruptible());
        await harness.Flow("Interruptible")
            .Send("hi").AssertReply("What happened?")
            .Send("cancel").AssertReply("Okay, stopping here.")
            .StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
    }

    [Fact]
    public async Task WhenADialogPushedOnTopEndsTheComponentAsksItsQuestionAgain()
    {
        var notice = new WaterfallDialog("notice", [async (step, ct) =>
        {
            await step.Context.SendActivityAsync("(a quick notice)", cancellationToken: ct);
            return await step.EndDialogAsync(null, ct);
        }]);
        var harness = new DialogHarness(new AskName(), notice);
        await harness.Flow("AskName").Send("hi").AssertReply("Your name?").StartTestAsync();

        await harness.Adapter.SendTextToBotAsync("(pushes a notice)", async (ctx, ct) =>
        {
            var dc = await harness.Dialogs.CreateContextAsync(ctx, ct);
            await dc.BeginDialogAsync("notice", null, ct);
        });

        Assert.Equal("(a quick notice)", harness.Adapter.GetNextReply()!.Text);
        Assert.Equal("Your name?", harness.Adapter.GetNextReply()!.Text);
    }

    [Fact]
    public async Task ALoopThatReplacesItselfKeepsTheStackFlat()
    {
        var harness = new DialogHarness(new CollectIssues());
        var flow = harness.Flow("CollectIssues").Send("hi").AssertReply("Anything else?");
        for (var i = 0; i < 10; i++)
        {
            flow = flow.Send($"issue {i}").AssertReply("Anything else?");
        }

        await flow.Send("no").AssertReply("Noted 10 issues.").StartTestAsync();

        var json = JsonDocument.Parse(await harness.StoredStateJsonAsync()).RootElement;
        Assert.Empty(json.GetProperty("DialogState").GetProperty("dialogStack").EnumerateArray());
    }

    private sealed class AskName : ComponentDialog
    {
        public AskName()
            : base(nameof(AskName))
        {
            AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, DoneStepAsync]));
            AddDialog(new TextPrompt(nameof(TextPrompt)));
        }

        private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("Your name?") }, ct);

        private static Task<DialogTurnResult> DoneStepAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.EndDialogAsync(step.Result, ct);
    }

    private sealed class Outer : ComponentDialog
    {
        public Outer()
            : base(nameof(Outer))
        {
            AddDialog(new WaterfallDialog("outerSteps", [BeginInnerAsync, FinishAsync]));
            AddDialog(new AskName());
        }

        private static Task<DialogTurnResult> BeginInnerAsync(WaterfallStepContext step, CancellationToken ct) =>
            step.BeginDialogAsync(nameof(AskName), null, ct);

        private static async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken ct)
        {
            await step.Context.SendActivityAsync($"inner said {step.Result}", cancellationToken: ct);
            return await step.EndDialogAsync(((string)step.Result!).ToUpperInvariant(), ct);
        }
    }

    /// <summary>The CancelAndHelpDialog pattern: look at each message before the child stack does.</summary>
    private sealed class Interruptible : ComponentDialog
    {
        public Interruptible()
            : base(nameof(Interruptible))
        {
            AddDialog(new WaterfallDialog("story", [
                (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("What happened?") }, ct),
                (step, ct) => step.EndDialogAsync(step.Result, ct),
            ]));
            AddDialog(new TextPrompt("text"));
        }

        protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
        {
            switch (innerDc.Context.Activity.Text?.Trim().ToLowerInvariant())
            {
                case "help":
                    await innerDc.Context.SendActivityAsync("Tell me in your own words; say 'cancel' to stop.", cancellationToken: cancellationToken);
                    return new DialogTurnResult(DialogTurnStatus.Waiting);
                case "cancel":
                    await innerDc.Context.SendActivityAsync("Okay, stopping here.", cancellationToken: cancellationToken);
                    return await innerDc.CancelAllDialogsAsync(cancellationToken);
                default:
                    return await base.OnContinueDialogAsync(innerDc, cancellationToken);
            }
        }
    }

    /// <summary>Listens until the customer has nothing to add, replacing itself each round (the SDK's loop idiom).</summary>
    private sealed class CollectIssues : ComponentDialog
    {
        public CollectIssues()
            : base(nameof(CollectIssues))
        {
            AddDialog(new WaterfallDialog("round", [AskAsync, RecordAsync]));
            AddDialog(new TextPrompt("text"));
        }

        private static Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken ct)
        {
            step.Values["issues"] = step.Options ?? new List<object?>();
            return step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("Anything else?") }, ct);
        }

        private static async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken ct)
        {
            var issues = step.GetValue<List<string>>("issues")!;
            if ((string)step.Result! == "no")
            {
                await step.Context.SendActivityAsync($"Noted {issues.Count} issues.", cancellationToken: ct);
                return await step.EndDialogAsync(issues, ct);
            }

            issues.Add((string)step.Result!);
            return await step.ReplaceDialogAsync("round", issues, ct);
        }
    }
}
