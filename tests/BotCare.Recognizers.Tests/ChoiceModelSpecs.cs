namespace BotCare.Recognizers.Tests;

/// <summary>Choice prompts: every case of <c>Specs/English/ChoiceModel.json</c>.</summary>
public sealed class ChoiceModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "ChoiceModel", MemberType = typeof(SpecFiles))]
    public void PicksTheChoicesTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("ChoiceModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, ChoiceMatcher.FindChoices(spec.Input, spec.Choices ?? [], spec.Options));
    }
}
