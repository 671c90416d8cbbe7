namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class ConfirmPromptTests
{
    private static string Describe(object? result) => result is true ? "Confirmed." : "Not confirmed.";

    [Fact]
    public Task ShowsNumberedYesAndNoInlineOnTheTestChannel() =>
        PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptHarness.Ask("Please confirm."), Describe)
            .Send("hello")
            .AssertReply("Please confirm. (1) Yes or (2) No")
            .Send("yes")
            .AssertReply("Confirmed.")
            .StartTestAsync();

    [Theory]
    [InlineData("yep", "Confirmed.")]
    [InlineData("sure thing", "Confirmed.")]
    [InlineData("yes please", "Confirmed.")]
    [InlineData("nope", "Not confirmed.")]
    [InlineData("not really", "Not confirmed.")]
    [InlineData("no way", "Not confirmed.")]
    [InlineData("1", "Confirmed.")]
    [InlineData("2", "Not confirmed.")]
    public Task UnderstandsCasualAnswersAndNumbers(string answer, string expected) =>
        PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptHarness.Ask("Shall I go ahead?"), Describe)
            .Send("hello")
            .AssertReply("Shall I go ahead? (1) Yes or (2) No")
            .Send(answer)
            .AssertReply(expected)
            .StartTestAsync();

    [Fact]
    public Task AsksAgainWithTheRetryPromptWhenTheAnswerIsNeither() =>
        PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptHarness.Ask("Is that right?", "Sorry, is that right? Yes or no?"), Describe)
            .Send("hello")
            .AssertReply("Is that right? (1) Yes or (2) No")
            .Send("what do you mean")
            .AssertReply("Sorry, is that right? Yes or no? (1) Yes or (2) No")
            .Send("no")
            .AssertReply("Not confirmed.")
            .StartTestAsync();

    [Fact]
    public Task WithoutNumbersTheChoicesAreStillListedButNumbersAreNotAnswers()
    {
        var prompt = new ConfirmPrompt("confirm") { ChoiceOptions = new ChoiceFactoryOptions { IncludeNumbers = false } };
        return PromptHarness.Flow(prompt, PromptHarness.Ask("Please confirm.", "Please confirm, yes or no."), Describe)
            .Send("hello")
            .AssertReply("Please confirm. Yes or No")
            .Send("1")
            .AssertReply("Please confirm, yes or no. Yes or No")
            .Send("yes")
            .AssertReply("Confirmed.")
            .StartTestAsync();
    }

    [Fact]
    public Task OnWebChatTheAnswersAreButtons() =>
        PromptHarness.Flow(new ConfirmPrompt("confirm"), PromptHarness.Ask("Shall I go ahead?"), Describe, Channels.Webchat)
            .Send("hello")
            .AssertReply(reply =>
            {
                var message = (Activity)reply;
                Assert.Equal("Shall I go ahead?", message.Text);
                Assert.Equal(["Yes", "No"], message.SuggestedActions!.Actions.Select(a => a.Title));
            })
            .StartTestAsync();
}
