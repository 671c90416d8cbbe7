namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class NumberPromptTests
{
    [Theory]
    [InlineData("48213", "48213")]
    [InlineData("twenty five", "25")]
    [InlineData("a dozen of them", "12")]
    [InlineData("about 1,250", "1250")]
    public Task ReadsIntegersInDigitsAndWords(string answer, string expected) =>
        PromptHarness.Flow(new NumberPrompt<int>("number"), PromptHarness.Ask("How many?"), r => $"{r}")
            .Send("hello")
            .AssertReply("How many?")
            .Send(answer)
            .AssertReply(expected)
            .StartTestAsync();

    [Fact]
    public Task AFractionIsNotAnIntegerButIsADecimal() =>
        PromptHarness.Flow(new NumberPrompt<int>("number"), PromptHarness.Ask("How many?", "Please give a whole number."), r => $"{r}")
            .Send("hello")
            .AssertReply("How many?")
            .Send("2.5")
            .AssertReply("Please give a whole number.")
            .StartTestAsync();

    [Fact]
    public Task DecimalsKeepTheirCents() =>
        PromptHarness.Flow(new NumberPrompt<decimal>("number"), PromptHarness.Ask("How much was it?"), r => ((decimal)r!).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture))
            .Send("hello")
            .AssertReply("How much was it?")
            .Send("1,250.75")
            .AssertReply("1250.75")
            .StartTestAsync();

    [Fact]
    public void OnlyNumericTypesAreSupported()
    {
        Assert.Throws<NotSupportedException>(() => new NumberPrompt<DateTime>("number"));
    }
}
