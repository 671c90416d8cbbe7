using System.Globalization;

namespace BotCare.Builder.Dialogs.Tests.Prompts;

/// <summary>The prompt algorithm's rules, which every prompt shares.</summary>
public sealed class PromptRulesTests
{
    [Fact]
    public Task TheAttemptCountGoesUpBeforeTheValidatorSeesTheAnswer()
    {
        var seen = new List<int>();
        Task<bool> Validator(PromptValidatorContext<int> prompt, CancellationToken ct)
        {
            seen.Add(prompt.AttemptCount);
            return Task.FromResult(prompt.AttemptCount == 3);
        }

        return PromptHarness.Flow(new NumberPrompt<int>("number", Validator), PromptHarness.Ask("How many?"), r => $"Got {r}")
            .Send("hello")
            .AssertReply("How many?")
            .Send("1")
            .AssertReply("How many?")
            .Send("2")
            .AssertReply("How many?")
            .Send("3")
            .AssertReply(_ => Assert.Equal([1, 2, 3], seen))
            .StartTestAsync();
    }

    [Fact]
    public Task AValidatorThatAnswersItselfSuppressesTheRetryPrompt()
    {
        static async Task<bool> Validator(PromptValidatorContext<int> prompt, CancellationToken ct)
        {
            if (prompt.Recognized.Succeeded && prompt.Recognized.Value < 1)
            {
                await prompt.Context.SendActivityAsync("The quantity must be at least 1.", cancellationToken: ct);
                return false;
            }

            return prompt.Recognized.Succeeded;
        }

        return PromptHarness.Flow(new NumberPrompt<int>("number", Validator), PromptHarness.Ask("How many arrived broken?", "Please give a number."), r => $"Got {r}")
            .Send("hello")
            .AssertReply("How many arrived broken?")
            .Send("0")
            .AssertReply("The quantity must be at least 1.")
            .AssertNoReply(timeout: 200)
            .Send("none of your business")
            .AssertReply("Please give a number.")
            .Send("two")
            .AssertReply("Got 2")
            .StartTestAsync();
    }

    [Fact]
    public Task AValidatorMayAcceptWhatTheRecognizerCouldNotRead()
    {
        static Task<bool> Validator(PromptValidatorContext<int> prompt, CancellationToken ct)
        {
            if (!prompt.Recognized.Succeeded && prompt.Context.Activity.Text == "all of them")
            {
                prompt.Recognized.Value = 12;
                return Task.FromResult(true);
            }

            return Task.FromResult(prompt.Recognized.Succeeded);
        }

        return PromptHarness.Flow(new NumberPrompt<int>("number", Validator), PromptHarness.Ask("How many plates broke?"), r => $"Got {r}")
            .Send("hello")
            .AssertReply("How many plates broke?")
            .Send("all of them")
            .AssertReply("Got 12")
            .StartTestAsync();
    }

    [Fact]
    public Task NonMessageActivitiesAreIgnoredWithoutARetry() =>
        PromptHarness.Flow(new TextPrompt("text"), PromptHarness.Ask("What happened?"), r => $"You said: {r}")
            .Send("hello")
            .AssertReply("What happened?")
            .Send(new Activity(ActivityTypes.Typing))
            .Send(new Activity(ActivityTypes.Event) { Name = HandoffEventNames.HandoffStatus })
            .AssertNoReply(timeout: 200)
            .Send("it broke")
            .AssertReply("You said: it broke")
            .StartTestAsync();

    [Fact]
    public Task AfterMaxAttemptsThePromptEndsWithATooManyAttemptsResultInsteadOfAskingAgain() =>
        PromptHarness.Flow(
                new NumberPrompt<int>("number"),
                PromptHarness.Ask("What is your order number?", "Sorry, what is the order number?", maxAttempts: 2),
                r => r is TooManyAttemptsResult tooMany
                    ? $"Giving up after {tooMany.Attempts.ToString(CultureInfo.InvariantCulture)} tries on {tooMany.PromptId}; last: {tooMany.LastInput}"
                    : $"Got {r}")
            .Send("hello")
            .AssertReply("What is your order number?")
            .Send("I don't know")
            .AssertReply("Sorry, what is the order number?")
            .Send("check your system")
            .AssertReply("Giving up after 2 tries on number; last: check your system")
            .StartTestAsync();

    [Fact]
    public Task AValidAnswerOnTheLastAllowedAttemptIsStillAccepted() =>
        PromptHarness.Flow(new NumberPrompt<int>("number"), PromptHarness.Ask("Order number?", maxAttempts: 2), r => $"Got {r}")
            .Send("hello")
            .AssertReply("Order number?")
            .Send("dunno")
            .AssertReply("Order number?")
            .Send("48213")
            .AssertReply("Got 48213")
            .StartTestAsync();

    [Fact]
    public async Task PromptsNeedPromptOptions()
    {
        var dialogs = new DialogSet(new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("d")).Add(new TextPrompt("text"));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            new Testing.TestAdapter().SendTextToBotAsync("hi", async (ctx, ct) =>
            {
                var dc = await dialogs.CreateContextAsync(ctx, ct);
                await dc.BeginDialogAsync("text", "not options", ct);
            }));
    }

    [Fact]
    public async Task QuestionsTellTheChannelThatAnAnswerIsExpected()
    {
        var adapter = new Testing.TestAdapter();
        var dialogs = new DialogSet(new ConversationState(new MemoryStorage()).CreateProperty<DialogState>("d")).Add(new TextPrompt("text"));
        await adapter.SendTextToBotAsync("hi", async (ctx, ct) =>
        {
            var dc = await dialogs.CreateContextAsync(ctx, ct);
            await dc.PromptAsync("text", new PromptOptions { Prompt = new Activity(ActivityTypes.Message) { Text = "What happened?" } }, ct);
        });

        Assert.Equal(InputHints.ExpectingInput, adapter.GetNextReply()!.InputHint);
    }
}
