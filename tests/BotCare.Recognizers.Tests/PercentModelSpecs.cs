namespace BotCare.Recognizers.Tests;

/// <summary>Percentages: every case of <c>Specs/English/PercentModel.json</c>.</summary>
public sealed class PercentModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "PercentModel", MemberType = typeof(SpecFiles))]
    public void FindsEveryPercentageTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("PercentModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, NumberRecognizer.RecognizePercentage(spec.Input));
    }
}
