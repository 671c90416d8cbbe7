namespace BotCare.Understanding.Tests;

public sealed class PerspectiveShifterTests
{
    [Theory]
    [InlineData("when I called, your agent hung up on me", "when you called, our agent hung up on you")]
    [InlineData("my headphones stopped charging after 2 days", "your headphones stopped charging after 2 days")]
    [InlineData("I was charged twice.", "you were charged twice")]
    [InlineData("I'm sick of your excuses!", "you're sick of our excuses")]
    public void TurnsTheCustomersWordsToTheBotsView(string customer, string bot)
    {
        Assert.Equal(bot, PerspectiveShifter.ToBotsView(customer));
    }
}
