using BotCare.Builder.Dialogs;

namespace BotCare.Builder.Testing.Tests;

public sealed class DialogTestClientTests
{
    [Fact]
    public async Task DrivesADialogTurnByTurnAndExposesItsStatus()
    {
        var dialog = new WaterfallDialog("ask", [
            (step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("What happened?") }, ct),
            async (step, ct) =>
            {
                await step.Context.SendActivityAsync($"Sorry about: {step.Result}", cancellationToken: ct);
                return await step.EndDialogAsync(step.Result, ct);
            },
        ]);
        var root = new ComponentDialog("root");
        root.AddDialog(dialog).AddDialog(new TextPrompt("text"));
        var sut = new DialogTestClient(Channels.Test, root);

        var first = await sut.SendActivityAsync<IMessageActivity>("hi");
        Assert.Equal("What happened?", first!.Text);
        Assert.Equal(DialogTurnStatus.Waiting, sut.DialogTurnResult!.Status);

        var second = await sut.SendActivityAsync<IMessageActivity>("the box was empty");
        Assert.Equal("Sorry about: the box was empty", second!.Text);
        Assert.Equal(DialogTurnStatus.Complete, sut.DialogTurnResult!.Status);
        Assert.Equal("the box was empty", sut.DialogTurnResult.Result);
    }

    [Fact]
    public async Task KeepsTheStackInConversationStateUnderDialogState()
    {
        var storage = new MemoryStorage();
        var ask = new WaterfallDialog("ask", [(step, ct) => step.PromptAsync("text", new PromptOptions { Prompt = MessageFactory.Text("?") }, ct)]);
        var root = new ComponentDialog("root");
        root.AddDialog(ask).AddDialog(new TextPrompt("text"));
        var sut = new DialogTestClient(Channels.Test, root, conversationState: new ConversationState(storage));

        await sut.SendActivityAsync<IMessageActivity>("hi");

        var document = (Dictionary<string, object?>)(await storage.ReadAsync(["test/conversations/convo1"]))["test/conversations/convo1"];
        var stack = BotJson.Convert<DialogState>(document["DialogState"])!.DialogStack;
        Assert.Equal("root", Assert.Single(stack).Id);
        Assert.Equal("root", sut.DialogContext!.ActiveDialog!.Id);
    }
}
