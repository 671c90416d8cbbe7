using System.Text.Json;
using BotCare.Builder.Testing;

namespace BotCare.Builder.Dialogs.Tests;

public sealed class DialogContextTests
{
    [Fact]
    public async Task BeginPushesOnTopAndEndResumesTheDialogBelowWithTheResult()
    {
        var trail = new List<string>();
        var child = new Recording("child", trail, endOnBegin: true, result: "child result");
        var parent = new Recording("parent", trail, beginChild: "child");

        await new DialogHarness(parent, child).Flow("parent").Send("hi").StartTestAsync();

        Assert.Equal(["parent.begin", "child.begin", "child.end(EndCalled)", "parent.resume(EndCalled, child result)"], trail);
    }

    [Fact]
    public async Task TheActiveDialogIsAtIndexZeroOfThePersistedStack()
    {
        var harness = new DialogHarness(new Recording("parent", [], beginChild: "child"), new Recording("child", []));
        await harness.Flow("parent").Send("hi").StartTestAsync();

        var json = JsonDocument.Parse(await harness.StoredStateJsonAsync()).RootElement;
        var stack = json.GetProperty("DialogState").GetProperty("dialogStack");
        Assert.Equal("child", stack[0].GetProperty("id").GetString());
        Assert.Equal("parent", stack[1].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Object, stack[0].GetProperty("state").ValueKind);
        Assert.DoesNotContain("$type", json.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStackResetToNullStartsAFreshConversation()
    {
        var state = new ConversationState(new MemoryStorage());
        var accessor = state.CreateProperty<DialogState>("DialogState");
        var dialog = new WaterfallDialog("w", [async (s, ct) =>
        {
            await s.Context.SendActivityAsync("What happened?", cancellationToken: ct);
            return Dialog.EndOfTurn;
        }]);
        var adapter = new TestAdapter().Use(new AutoSaveStateMiddleware(state));

        await adapter.SendTextToBotAsync("reset", (ctx, ct) => accessor.SetAsync(ctx, null!, ct));
        await adapter.SendTextToBotAsync("hi", (ctx, ct) => dialog.RunAsync(ctx, accessor, ct));

        Assert.Equal("What happened?", adapter.GetNextReply()?.Text);
    }

    [Fact]
    public async Task ContinuingAnEmptyStackSaysEmpty()
    {
        DialogTurnResult? result = null;
        var dialogs = new DialogSet(new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("d"));
        await new TestAdapter().SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(ctx, ct);
            result = await dc.ContinueDialogAsync(ct);
        });

        Assert.Equal(DialogTurnStatus.Empty, result!.Status);
    }

    [Fact]
    public async Task EndingTheLastDialogCompletesWithItsResult()
    {
        var harness = new DialogHarness(new Recording("only", [], endOnBegin: true, result: 7));
        await harness.Flow("only").Send("hi").StartTestAsync();

        Assert.Equal(DialogTurnStatus.Complete, harness.LastResult!.Status);
        Assert.Equal(7, harness.LastResult.Result);
    }

    [Fact]
    public async Task BeginningAnUnknownDialogSaysWhichIdIsMissing()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new DialogHarness().Flow("nope").Send("hi").StartTestAsync());
        Assert.Contains("'nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAllEndsEveryDialogWithCancelCalled()
    {
        var trail = new List<string>();
        var harness = new DialogHarness(new Recording("a", trail, beginChild: "b"), new Recording("b", trail, beginChild: "c"), new Recording("c", trail));
        DialogTurnResult? cancelled = null;
        await harness.Flow("a").Send("hi").StartTestAsync();
        await harness.Adapter.SendTextToBotAsync("cancel", async (ctx, ct) =>
        {
            var dc = await harness.Dialogs.CreateContextAsync(ctx, ct);
            cancelled = await dc.CancelAllDialogsAsync(ct);
        });

        Assert.Equal(DialogTurnStatus.Cancelled, cancelled!.Status);
        Assert.Equal(["c.end(CancelCalled)", "b.end(CancelCalled)", "a.end(CancelCalled)"], trail.Where(t => t.Contains("end(", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ADialogBelowCanInterceptACancellation()
    {
        var trail = new List<string>();
        var harness = new DialogHarness(new Recording("a", trail, beginChild: "b", handlesCancel: true), new Recording("b", trail));
        await harness.Flow("a").Send("hi").StartTestAsync();
        await harness.Adapter.SendTextToBotAsync("cancel", async (ctx, ct) =>
        {
            var dc = await harness.Dialogs.CreateContextAsync(ctx, ct);
            await dc.CancelAllDialogsAsync(ct);
            Assert.Equal("a", Assert.Single(dc.Stack).Id);
        });

        Assert.Contains("b.end(CancelCalled)", trail);
        Assert.DoesNotContain("a.end(CancelCalled)", trail);
    }

    [Fact]
    public async Task ReplaceEndsTheActiveDialogWithoutResumingItsParent()
    {
        var trail = new List<string>();
        var harness = new DialogHarness(new Recording("parent", trail, beginChild: "first"), new Recording("first", trail), new Recording("second", trail));
        await harness.Flow("parent").Send("hi").StartTestAsync();
        await harness.Adapter.SendTextToBotAsync("next", async (ctx, ct) =>
        {
            var dc = await harness.Dialogs.CreateContextAsync(ctx, ct);
            await dc.ReplaceDialogAsync("second", null, ct);
            Assert.Equal(["second", "parent"], dc.Stack.Select(i => i.Id));
        });

        Assert.Contains("first.end(ReplaceCalled)", trail);
        Assert.DoesNotContain(trail, t => t.StartsWith("parent.resume", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStackThatGrowsWithoutEndIsStoppedWithAClearError()
    {
        var runaway = new WaterfallDialog("loop", [(step, ct) => step.BeginDialogAsync("loop", null, ct)]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new DialogHarness(runaway).Flow("loop").Send("hi").StartTestAsync());
        Assert.Contains("ReplaceDialogAsync", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddingADifferentDialogWithATakenIdGivesItASuffix()
    {
        var set = new DialogSet();
        var first = new TextPrompt("ask");
        var second = new TextPrompt("ask");
        var third = new TextPrompt("ask");
        set.Add(first).Add(first).Add(second).Add(third);

        Assert.Equal(["ask", "ask2", "ask3"], set.GetDialogs().Select(d => d.Id));
    }

    [Fact]
    public void TheSetVersionChangesWhenADialogChanges()
    {
        var before = new DialogSet().Add(new WaterfallDialog("w", [(s, ct) => s.NextAsync(null, ct)]));
        var after = new DialogSet().Add(new WaterfallDialog("w", [(s, ct) => s.NextAsync(null, ct), (s, ct) => s.NextAsync(null, ct)]));
        Assert.NotEqual(before.GetVersion(), after.GetVersion());
    }

    /// <summary>A dialog that records what the stack does to it.</summary>
    private sealed class Recording(string id, List<string> trail, bool endOnBegin = false, object? result = null, string? beginChild = null, bool handlesCancel = false) : Dialog(id)
    {
        public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
        {
            trail.Add($"{Id}.begin");
            if (beginChild is not null)
            {
                return await dc.BeginDialogAsync(beginChild, null, cancellationToken);
            }

            return endOnBegin ? await dc.EndDialogAsync(result, cancellationToken) : EndOfTurn;
        }

        public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
            => Task.FromResult(EndOfTurn);

        public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        {
            trail.Add($"{Id}.resume({reason}, {result})");
            return Task.FromResult(EndOfTurn);
        }

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            trail.Add($"{Id}.end({reason})");
            return Task.CompletedTask;
        }

        protected override Task<bool> OnPreBubbleEventAsync(DialogContext dc, DialogEvent e, CancellationToken cancellationToken)
            => Task.FromResult(handlesCancel && e.Name == DialogEvents.CancelDialog);
    }
}
