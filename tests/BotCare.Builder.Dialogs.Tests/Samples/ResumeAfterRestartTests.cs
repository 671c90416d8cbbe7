using System.Text.Json;
using BotCare.Builder.Testing;

namespace BotCare.Builder.Dialogs.Tests.Samples;

/// <summary>
/// The sample bot's conversation, run twice: once with one set of runtime objects, once rebuilding everything
/// (storage, state, dialogs) from scratch between every turn with only JSON files in between.
/// </summary>
public sealed class ResumeAfterRestartTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("botcare-restart-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public Task TheSampleConversationRunsThroughTestFlow() => Script(new TestFlow(new TestAdapter(), OneProcessBot())).StartTestAsync();

    [Fact]
    public Task TheSameConversationContinuesWhenEverythingIsRebuiltFromJsonBetweenTurns() =>
        Script(new TestFlow(new TestAdapter(), RestartingBot())).StartTestAsync();

    [Fact]
    public async Task WhatIsStoredIsPlainJsonWithNumbersAsNumbersAndNoTypeNames()
    {
        await new TestFlow(new TestAdapter(), RestartingBot())
            .Send("hi").AssertReply("I'm sorry something went wrong. What happened?")
            .Send("the blender arrived cracked").AssertReply("How much did you pay?")
            .Send("it was 89.99 dollars").AssertReply(_ => { })
            .StartTestAsync();

        var file = Assert.Single(Directory.GetFiles(_directory));
        var json = File.ReadAllText(file);
        Assert.DoesNotContain("$type", json, StringComparison.Ordinal);

        var stack = JsonDocument.Parse(json).RootElement.GetProperty("DialogState").GetProperty("dialogStack");
        var inner = stack[0].GetProperty("state").GetProperty("dialogs").GetProperty("dialogStack");
        var prompt = inner[0].GetProperty("state");
        var waterfall = inner[1].GetProperty("state");
        Assert.Equal(JsonValueKind.Number, prompt.GetProperty("state").GetProperty("AttemptCount").ValueKind);
        Assert.Equal(2, waterfall.GetProperty("stepIndex").GetInt32());
        Assert.Equal(89.99m, waterfall.GetProperty("values").GetProperty("paid").GetProperty("amount").GetDecimal());
        Assert.Equal("the blender arrived cracked", waterfall.GetProperty("values").GetProperty("problem").GetString());
    }

    private static TestFlow Script(TestFlow flow) => flow
        .Send("hi")
        .AssertReply("I'm sorry something went wrong. What happened?")
        .Send("the blender arrived cracked")
        .AssertReply("How much did you pay?")
        .Send("I want half my money back")
        .AssertReply("Sorry, how much was it? For example $25.")
        .Send("it was 89.99 dollars")
        .AssertReply("So: \"the blender arrived cracked\", and you paid 89.99 USD. Is that right? (1) Yes or (2) No")
        .Send("nope")
        .AssertReply("Let's start again.")
        .AssertReply("I'm sorry something went wrong. What happened?")
        .Send("the blender arrived cracked and the lid is missing")
        .AssertReply("How much did you pay?")
        .Send("€75")
        .AssertReply("So: \"the blender arrived cracked and the lid is missing\", and you paid 75.00 EUR. Is that right? (1) Yes or (2) No")
        .Send("yep")
        .AssertReply("Thank you. I've noted a refund request of up to 75.00 EUR.");

    private static BotCallbackHandler OneProcessBot()
    {
        var state = new ConversationState(new MemoryStorage());
        var dialog = new ComplaintIntakeDialog();
        return async (turnContext, ct) =>
        {
            await dialog.RunAsync(turnContext, state.CreateProperty<DialogState>("DialogState"), ct);
            await state.SaveChangesAsync(turnContext, false, ct);
        };
    }

    /// <summary>Every turn starts from nothing but the JSON files: new storage, new state, new dialogs.</summary>
    private BotCallbackHandler RestartingBot() => async (turnContext, ct) =>
    {
        var state = new ConversationState(new JsonFileStorage(_directory));
        var dialog = new ComplaintIntakeDialog();
        await dialog.RunAsync(turnContext, state.CreateProperty<DialogState>("DialogState"), ct);
        await state.SaveChangesAsync(turnContext, false, ct);
    };
}
