namespace BotCare.Architecture.Tests;

/// <summary>The dependency arrows of ARCHITECTURE.md, enforced on the project files.</summary>
public sealed class DependencyRulesTests
{
    /// <summary>Who may reference whom. A new project must be added here on purpose, with its arrows.</summary>
    private static readonly Dictionary<string, string[]> AllowedReferences = new(StringComparer.Ordinal)
    {
        ["BotCare.Builder"] = [],
        ["BotCare.Recognizers"] = [],
        ["BotCare.Builder.Dialogs"] = ["BotCare.Builder", "BotCare.Recognizers"],
        ["BotCare.Builder.Testing"] = ["BotCare.Builder", "BotCare.Builder.Dialogs"],
        ["BotCare.Understanding"] = ["BotCare.Recognizers"],
        ["BotCare.Cases"] = [],
        ["BotCare.Handoff"] = ["BotCare.Builder", "BotCare.Cases"],
        ["BotCare.Storage.Sqlite"] = ["BotCare.Builder", "BotCare.Cases"],
        ["BotCare.Storage.Postgres"] = ["BotCare.Builder", "BotCare.Cases"],
        ["BotCare.Channels"] = ["BotCare.Builder"],
        ["BotCare.Dialogs"] = ["BotCare.Builder.Dialogs", "BotCare.Understanding", "BotCare.Cases"],
        ["BotCare.Web"] =
        [
            "BotCare.Builder", "BotCare.Recognizers", "BotCare.Builder.Dialogs", "BotCare.Understanding", "BotCare.Cases",
            "BotCare.Handoff", "BotCare.Storage.Sqlite", "BotCare.Storage.Postgres", "BotCare.Channels", "BotCare.Dialogs",
        ],
    };

    /// <summary>The SDK packages we mirror and must never depend on (they cannot be restored here, and the SDK is retired).</summary>
    private static readonly string[] ForbiddenPackagePrefixes =
        ["Microsoft.Bot.", "Microsoft.Agents.", "Microsoft.Recognizers.Text", "AdaptiveCards"];

    [Fact]
    public void EveryProductProjectIsKnownToTheArchitecture()
    {
        var unknown = Repository.ProductProjects().Select(p => p.Name).Where(n => !AllowedReferences.ContainsKey(n)).ToList();
        Assert.True(unknown.Count == 0, $"Add these projects to ARCHITECTURE.md and to the allowed arrows: {string.Join(", ", unknown)}");
    }

    [Fact]
    public void ProjectReferencesFollowTheArrows()
    {
        var violations = Repository.ProductProjects()
            .Where(p => AllowedReferences.ContainsKey(p.Name))
            .SelectMany(p => p.ProjectReferences
                .Where(r => !AllowedReferences[p.Name].Contains(r))
                .Select(r => $"{p.Name} -> {r}"))
            .ToList();

        Assert.True(violations.Count == 0, "References against the arrows: " + string.Join(", ", violations));
    }

    [Fact]
    public void ProductCodeNeverReferencesTests()
    {
        var violations = Repository.ProductProjects()
            .SelectMany(p => p.ProjectReferences.Where(r => r.EndsWith(".Tests", StringComparison.Ordinal)).Select(r => $"{p.Name} -> {r}"))
            .ToList();
        Assert.Empty(violations);
    }

    [Fact]
    public void EveryProductProjectHasATestProject()
    {
        var tests = Repository.TestProjects().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var untested = Repository.ProductProjects().Select(p => p.Name).Where(n => !tests.Contains(n + ".Tests")).ToList();
        Assert.True(untested.Count == 0, "Projects without tests/<Name>.Tests: " + string.Join(", ", untested));
    }

    [Fact]
    public void PackageVersionsComeFromDirectoryPackagesProps()
    {
        var pinnedLocally = Repository.ProductProjects().Concat(Repository.TestProjects())
            .SelectMany(p => p.PackageReferences.Where(r => r.Attribute("Version") is not null).Select(r => $"{p.Name}: {r.Attribute("Include")?.Value}"))
            .ToList();
        Assert.True(pinnedLocally.Count == 0, "Versions belong in Directory.Packages.props: " + string.Join(", ", pinnedLocally));
    }

    [Fact]
    public void NoProjectDependsOnTheRetiredBotFrameworkPackages()
    {
        var packages = File.ReadAllText(System.IO.Path.Combine(Repository.Root, "Directory.Packages.props"));
        var offending = ForbiddenPackagePrefixes.Where(prefix => packages.Contains($"Include=\"{prefix}", StringComparison.Ordinal)).ToList();
        Assert.Empty(offending);
    }
}
