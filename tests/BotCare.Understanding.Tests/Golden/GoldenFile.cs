namespace BotCare.Tests.Golden;

/// <summary>
/// A committed file of expected outputs, one JSON entry per line, compared exactly with what the code gives now.
/// Shared by the test projects that pin outputs (linked into BotCare.Recognizers.Tests).
/// </summary>
/// <remarks>
/// To accept new outputs on purpose (after a change that is meant to alter them), run the tests with
/// <c>BOTCARE_REGENERATE_GOLDEN=1</c>: the file in the source tree is rewritten, and the diff is then reviewed and
/// committed like code. Without the variable a difference fails the test and shows the first entries that differ.
/// </remarks>
internal static class GoldenFile
{
    public const string RegenerateVariable = "BOTCARE_REGENERATE_GOLDEN";

    /// <param name="relativePath">The file's path inside the test project, e.g. <c>Golden/understanding-golden.json</c>.</param>
    /// <param name="projectFolder">The test project's folder under <c>tests/</c>.</param>
    /// <param name="entries">One compact JSON value per entry; they are written as a JSON array, one per line.</param>
    public static void Verify(string projectFolder, string relativePath, IReadOnlyList<string> entries)
    {
        var actual = "[\n" + string.Join(",\n", entries) + "\n]\n";
        if (Environment.GetEnvironmentVariable(RegenerateVariable) == "1")
        {
            var source = Path.Combine(RepositoryRoot(), "tests", projectFolder, relativePath);
            File.WriteAllText(source, actual);
            return;
        }

        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing: run the tests once with {RegenerateVariable}=1 and commit it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected == actual)
        {
            return;
        }

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var differences = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .Where(i => i >= expectedLines.Length || i >= actualLines.Length || expectedLines[i] != actualLines[i])
            .ToList();
        var shown = differences.Take(3).Select(i => Difference(i, i < expectedLines.Length ? expectedLines[i] : "(none)", i < actualLines.Length ? actualLines[i] : "(none)"));
        Assert.Fail($"{differences.Count} line(s) of {relativePath} differ ({expectedLines.Length} expected, {actualLines.Length} now). "
            + $"If the change is intended, regenerate with {RegenerateVariable}=1 and review the diff.\n" + string.Join("\n", shown));
    }

    /// <summary>Entries are long: show where in the line they part, with some context either side.</summary>
    private static string Difference(int line, string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 120);
        string Around(string text) => (from > 0 ? "..." : string.Empty) + text[from..Math.Min(text.Length, at + 120)];
        return $"line {line + 1}, from column {at + 1}:\n  expected: {Around(expected)}\n  actual:   {Around(actual)}";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotCare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Regenerate the golden files from inside the BotCare repository.");
    }
}
