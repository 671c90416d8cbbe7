namespace BotCare.Recognizers.Tests;

/// <summary>Money: every case of <c>Specs/English/CurrencyModel.json</c>.</summary>
public sealed class CurrencyModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "CurrencyModel", MemberType = typeof(SpecFiles))]
    public void FindsEveryAmountOfMoneyTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("CurrencyModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, NumberWithUnitRecognizer.RecognizeCurrency(spec.Input));
    }
}
