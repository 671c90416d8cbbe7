namespace BotCare.Recognizers.Tests;

/// <summary>Ordinals, counted from the start or from the end: every case of <c>Specs/English/OrdinalModel.json</c>.</summary>
public sealed class OrdinalModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "OrdinalModel", MemberType = typeof(SpecFiles))]
    public void FindsEveryOrdinalTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("OrdinalModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, NumberRecognizer.RecognizeOrdinal(spec.Input));
    }
}
