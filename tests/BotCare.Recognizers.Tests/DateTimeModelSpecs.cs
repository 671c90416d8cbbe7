namespace BotCare.Recognizers.Tests;

/// <summary>Dates, times, ranges and durations: every case of <c>Specs/English/DateTimeModel.json</c>.</summary>
public sealed class DateTimeModelSpecs
{
    [Theory]
    [MemberData(nameof(SpecFiles.Cases), "DateTimeModel", MemberType = typeof(SpecFiles))]
    public void ResolvesEveryDateAndTimeTheSpecListsAndNothingElse(int index, string input)
    {
        var spec = SpecFiles.Load("DateTimeModel")[index];
        Assert.Equal(spec.Input, input);

        ResultAssert.Matches(spec, DateTimeRecognizer.RecognizeDateTime(spec.Input, spec.Context?.ReferenceDateTime ?? throw new InvalidDataException("DateTime cases need Context.ReferenceDateTime.")));
    }
}
