namespace BotCare.Recognizers.Tests;

/// <summary>Numbers in digits and words: every case of <c>Specs/English/NumberModel.json</c>.</summary>
public sealed class NumberModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "NumberModel", MemberType = typeof(SpecFiles))]
    public void FindsEveryNumberTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("NumberModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, NumberRecognizer.RecognizeNumber(spec.Input));
    }
}
