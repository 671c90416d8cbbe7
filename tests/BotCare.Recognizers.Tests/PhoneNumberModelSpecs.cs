namespace BotCare.Recognizers.Tests;

/// <summary>Phone numbers: every case of <c>Specs/English/PhoneNumberModel.json</c>.</summary>
public sealed class PhoneNumberModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "PhoneNumberModel", MemberType = typeof(SpecFiles))]
    public void FindsEveryPhoneNumberTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("PhoneNumberModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, SequenceRecognizer.RecognizePhoneNumber(spec.Input));
    }
}
