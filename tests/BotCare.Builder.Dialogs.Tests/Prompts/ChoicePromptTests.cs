namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class ChoicePromptTests
{
    private static readonly IList<Choice> Colors = ChoiceFactory.ToChoices(["red", "green", "blue"]);

    private static readonly IList<Choice> Remedies =
    [
        new("Refund") { Synonyms = ["money back", "my money"] },
        new("Replacement") { Synonyms = ["new one", "exchange"] },
        new("Repair") { Synonyms = ["fix it"] },
    ];

    private static string Describe(object? result) =>
        result is FoundChoice found ? $"{found.Value} ({found.Index})" : $"no choice: {result}";

    [Fact]
    public Task ListsThreeChoicesInlineOnTheTestChannel() =>
        PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("favorite color?", choices: Colors), Describe)
            .Send("hello")
            .AssertReply("favorite color? (1) red, (2) green, or (3) blue")
            .Send("red")
            .AssertReply("red (0)")
            .StartTestAsync();

    [Fact]
    public Task ListsMoreThanThreeChoicesAsANumberedList() =>
        PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("Which one?", choices: ChoiceFactory.ToChoices(["a", "b", "c", "d"])), Describe)
            .Send("hello")
            .AssertReply("Which one?\n\n   1. a\n   2. b\n   3. c\n   4. d")
            .StartTestAsync();

    [Theory]
    [InlineData("I'd like a replacement please", "Replacement (1)")]
    [InlineData("replacment", "Replacement (1)")]
    [InlineData("just give me my money back", "Refund (0)")]
    [InlineData("can you fix it", "Repair (2)")]
    [InlineData("the second one", "Replacement (1)")]
    [InlineData("3", "Repair (2)")]
    [InlineData("the last one", "Repair (2)")]
    public Task MatchesValuesSynonymsTyposOrdinalsAndNumbers(string answer, string expected) =>
        PromptHarness.Flow(new ChoicePrompt("choice") { Style = ListStyle.None }, PromptHarness.Ask("What would make it right?", choices: Remedies), Describe)
            .Send("hello")
            .AssertReply("What would make it right?")
            .Send(answer)
            .AssertReply(expected)
            .StartTestAsync();

    [Fact]
    public Task AnAnswerThatMatchesNothingGetsTheRetryPromptWithTheChoices() =>
        PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("favorite color?", "Please pick a color.", choices: Colors), Describe)
            .Send("hello")
            .AssertReply("favorite color? (1) red, (2) green, or (3) blue")
            .Send("purple")
            .AssertReply("Please pick a color. (1) red, (2) green, or (3) blue")
            .Send("blue")
            .AssertReply("blue (2)")
            .StartTestAsync();

    [Fact]
    public Task SlackGetsAHeroCardBecauseItHasNoQuickReplies() =>
        PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("What would make it right?", choices: Remedies), Describe, Channels.Slack)
            .Send("hello")
            .AssertReply(reply =>
            {
                var attachment = Assert.Single(((Activity)reply).Attachments!);
                var card = Assert.IsType<HeroCard>(attachment.Content);
                Assert.Equal("What would make it right?", card.Text);
                Assert.Equal(["Refund", "Replacement", "Repair"], card.Buttons!.Select(b => b.Title));
            })
            .StartTestAsync();

    [Fact]
    public Task TeamsPersonalChatsGetQuickRepliesForUpToThreeChoices() =>
        PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("What would make it right?", choices: Remedies), Describe, Channels.Msteams, "personal")
            .Send("hello")
            .AssertReply(reply => Assert.Equal(3, ((Activity)reply).SuggestedActions!.Actions.Count))
            .StartTestAsync();

    [Fact]
    public Task TeamsChannelsGetACardInstead() =>
        PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("What would make it right?", choices: Remedies), Describe, Channels.Msteams, "channel")
            .Send("hello")
            .AssertReply(reply => Assert.Equal(HeroCard.ContentType, Assert.Single(((Activity)reply).Attachments!).ContentType))
            .StartTestAsync();

    [Fact]
    public Task LongChoiceTitlesBecomeAListEvenWhereButtonsExist()
    {
        var choices = ChoiceFactory.ToChoices(["A replacement shipped today by express", "A full refund to the original card"]);
        return PromptHarness.Flow(new ChoicePrompt("choice"), PromptHarness.Ask("Which would you prefer?", choices: choices), Describe, Channels.Webchat)
            .Send("hello")
            .AssertReply("Which would you prefer?\n\n   1. A replacement shipped today by express\n   2. A full refund to the original card")
            .StartTestAsync();
    }

    [Fact]
    public Task TheStyleCanBeChosenPerQuestion()
    {
        var options = PromptHarness.Ask("favorite color?", choices: Colors);
        options.Style = ListStyle.List;
        return PromptHarness.Flow(new ChoicePrompt("choice"), options, Describe, Channels.Webchat)
            .Send("hello")
            .AssertReply("favorite color?\n\n   1. red\n   2. green\n   3. blue")
            .StartTestAsync();
    }
}
