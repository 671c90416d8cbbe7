namespace BotCare.Dialogs.Tests;

/// <summary>Assertions on the case record a conversation leaves behind.</summary>
internal static class CaseAssert
{
    /// <summary>The steps happened in this order (each may repeat, others may come between).</summary>
    public static void StepsInOrder(Case @case, params PlaybookStep[] expected)
    {
        var steps = @case.Steps.Select(s => s.Step).ToList();
        var position = 0;
        foreach (var step in expected)
        {
            var found = steps.IndexOf(step, position);
            Assert.True(found >= 0, $"Step {step} is missing after position {position}. Steps: {string.Join(", ", steps)}");
            position = found + 1;
        }
    }

    /// <summary>Step timestamps never go backwards.</summary>
    public static void TimesAscend(Case @case)
    {
        for (var i = 1; i < @case.Steps.Count; i++)
        {
            Assert.True(@case.Steps[i].At >= @case.Steps[i - 1].At, $"Step {i} ({@case.Steps[i].Step}) is earlier than the step before it.");
        }
    }

    public static void DoesNotHave(Case @case, PlaybookStep step) =>
        Assert.DoesNotContain(@case.Steps, s => s.Step == step);
}
