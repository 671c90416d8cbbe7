namespace BotCare.Recognizers.Tests;

/// <summary>E-mail addresses: every case of <c>Specs/English/EmailModel.json</c>.</summary>
public sealed class EmailModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "EmailModel", MemberType = typeof(SpecFiles))]
    public void FindsEveryEmailAddressTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("EmailModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, SequenceRecognizer.RecognizeEmail(spec.Input));
    }
}
