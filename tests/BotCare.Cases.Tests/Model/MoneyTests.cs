namespace BotCare.Cases.Tests.Model;

public sealed class MoneyTests
{
    [Theory]
    [InlineData(75, "USD", "$75")]
    [InlineData(49.99, "USD", "$49.99")]
    [InlineData(1299, "USD", "$1,299")]
    [InlineData(20, "EUR", "€20")]
    [InlineData(15.5, "GBP", "£15.50")]
    [InlineData(150, "CHF", "150 CHF")]
    public void ReadsTheWayACustomerWritesIt(double amount, string currency, string expected)
    {
        Assert.Equal(expected, new Money((decimal)amount, currency).ToString());
    }
}
