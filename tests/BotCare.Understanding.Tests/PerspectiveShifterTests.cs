namespace BotCare.Understanding.Tests;

public sealed class PerspectiveShifterTests
{
    [Theory]
    [InlineData("when I called, your agent hung up on me", "when you called, our agent hung up on you")]
    [InlineData("my headphones stopped charging after 2 days", "your headphones stopped charging after 2 days")]
    [InlineData("I was charged twice.", "you were charged twice")]
    [InlineData("I'm sick of your excuses!", "you're sick of our excuses")]
    [InlineData("everything about you is exhausting", "everything about us is exhausting")]
    [InlineData("I told you twice and you ignored me", "you told us twice and we ignored you")]
    public void TurnsTheCustomersWordsToTheBotsView(string customer, string bot)
    {
        Assert.Equal(bot, PerspectiveShifter.ToBotsView(customer));
    }
}
