namespace BotCare.Recognizers.Tests;

/// <summary>Yes and no: every case of <c>Specs/English/BooleanModel.json</c>.</summary>
public sealed class BooleanModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "BooleanModel", MemberType = typeof(SpecFiles))]
    public void ReadsEveryYesAndNoTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("BooleanModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, ChoiceRecognizer.RecognizeBoolean(spec.Input));
    }
}
