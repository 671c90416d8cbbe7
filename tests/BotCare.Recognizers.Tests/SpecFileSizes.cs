namespace BotCare.Recognizers.Tests;

/// <summary>The spec files stay big enough to mean something: a minimum number of cases per model.</summary>
public sealed class SpecFileSizes
{
    [Theory]
    [InlineData("NumberModel", 70)]
    [InlineData("OrdinalModel", 30)]
    [InlineData("PercentModel", 20)]
    [InlineData("CurrencyModel", 70)]
    [InlineData("BooleanModel", 60)]
    [InlineData("ChoiceModel", 50)]
    [InlineData("EmailModel", 20)]
    [InlineData("PhoneNumberModel", 20)]
    [InlineData("DateTimeModel", 70)]
    public void EachSpecFileHoldsAtLeastItsMinimumOfCases(string model, int minimum) =>
        Assert.InRange(SpecFiles.Load(model).Count, minimum, int.MaxValue);

    [Fact]
    public void AllSpecFilesTogetherHoldAtLeastFourHundredCases()
    {
        string[] models = ["NumberModel", "OrdinalModel", "PercentModel", "CurrencyModel", "BooleanModel", "ChoiceModel", "EmailModel", "PhoneNumberModel", "DateTimeModel"];
        Assert.InRange(models.Sum(m => SpecFiles.Load(m).Count), 400, int.MaxValue);
    }
}
