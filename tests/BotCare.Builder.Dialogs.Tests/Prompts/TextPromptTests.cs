namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class TextPromptTests
{
    [Fact]
    public Task ReturnsWhateverTheUserTyped() =>
        PromptHarness.Flow(new TextPrompt("text"), PromptHarness.Ask("What happened?"), r => $"You said: {r}")
            .Send("hello")
            .AssertReply("What happened?")
            .Send("the box was crushed")
            .AssertReply("You said: the box was crushed")
            .StartTestAsync();

    [Fact]
    public Task AValidatorDecidesAndTheRetryPromptIsSentUntilItAccepts()
    {
        static Task<bool> AtLeastThreeWords(PromptValidatorContext<string> prompt, CancellationToken ct) =>
            Task.FromResult(prompt.Recognized.Value?.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3);

        return PromptHarness.Flow(new TextPrompt("text", AtLeastThreeWords), PromptHarness.Ask("Tell me what happened.", "Could you tell me a little more?"), r => $"Got: {r}")
            .Send("hello")
            .AssertReply("Tell me what happened.")
            .Send("broken")
            .AssertReply("Could you tell me a little more?")
            .Send("it arrived broken")
            .AssertReply("Got: it arrived broken")
            .StartTestAsync();
    }

    [Fact]
    public Task WithoutARetryPromptTheQuestionIsAskedAgain()
    {
        static Task<bool> NotEmpty(PromptValidatorContext<string> prompt, CancellationToken ct) =>
            Task.FromResult(!string.IsNullOrWhiteSpace(prompt.Recognized.Value) && prompt.Recognized.Value != "?");

        return PromptHarness.Flow(new TextPrompt("text", NotEmpty), PromptHarness.Ask("What is your order number?"), r => $"Got: {r}")
            .Send("hello")
            .AssertReply("What is your order number?")
            .Send("?")
            .AssertReply("What is your order number?")
            .StartTestAsync();
    }
}
