using System.Globalization;

namespace BotCare.Builder.Dialogs.Tests.Prompts;

public sealed class MoneyPromptTests
{
    private static string Describe(object? result) => result is MoneyAmount money
        ? $"{money.Amount.ToString("0.00", CultureInfo.InvariantCulture)} {money.Currency}"
        : $"no amount: {result}";

    [Theory]
    [InlineData("$50", "50.00 USD")]
    [InlineData("I want 50 bucks back", "50.00 USD")]
    [InlineData("fifty dollars", "50.00 USD")]
    [InlineData("€20", "20.00 EUR")]
    [InlineData("20 euros", "20.00 EUR")]
    [InlineData("USD 1,200", "1200.00 USD")]
    [InlineData("£15.99", "15.99 GBP")]
    [InlineData("about 120", "120.00 USD")]
    public Task ReadsAmountsWithTheirCurrency(string answer, string expected) =>
        PromptHarness.Flow(new MoneyPrompt("money"), PromptHarness.Ask("How much did you pay?"), Describe)
            .Send("hello")
            .AssertReply("How much did you pay?")
            .Send(answer)
            .AssertReply(expected)
            .StartTestAsync();

    [Theory]
    [InlineData("half my money back")]
    [InlineData("a full refund")]
    [InlineData("50%")]
    public Task VagueAmountsAreAskedAgain(string answer) =>
        PromptHarness.Flow(new MoneyPrompt("money"), PromptHarness.Ask("How much would make it right?", "Could you give me an amount, like $25?"), Describe)
            .Send("hello")
            .AssertReply("How much would make it right?")
            .Send(answer)
            .AssertReply("Could you give me an amount, like $25?")
            .StartTestAsync();

    [Fact]
    public Task WithoutADefaultCurrencyABareNumberIsNotEnough() =>
        PromptHarness.Flow(new MoneyPrompt("money", defaultCurrency: null), PromptHarness.Ask("How much?", "In which currency?"), Describe)
            .Send("hello")
            .AssertReply("How much?")
            .Send("120")
            .AssertReply("In which currency?")
            .Send("120 euros")
            .AssertReply("120.00 EUR")
            .StartTestAsync();
}
