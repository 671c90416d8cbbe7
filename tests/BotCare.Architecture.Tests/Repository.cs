using System.Xml.Linq;

namespace BotCare.Architecture.Tests;

/// <summary>The checkout the tests run from, found by walking up to <c>BotCare.sln</c>.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Every product project: <c>src/*</c> and <c>dialogs/</c>.</summary>
    public static IReadOnlyList<ProjectFile> ProductProjects() =>
        Directory.GetFiles(Path.Combine(Root, "src"), "*.csproj", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Path.Combine(Root, "dialogs"), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(ProjectFile.Load)
            .ToList();

    public static IReadOnlyList<ProjectFile> TestProjects() =>
        Directory.GetFiles(Path.Combine(Root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(ProjectFile.Load)
            .ToList();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BotCare.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("BotCare.sln was not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A project file's name and what it references.</summary>
internal sealed record ProjectFile(string Name, string Path, IReadOnlyList<string> ProjectReferences, IReadOnlyList<XElement> PackageReferences)
{
    public static ProjectFile Load(string path)
    {
        var xml = XDocument.Load(path);
        var references = xml.Descendants("ProjectReference")
            .Select(r => System.IO.Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = xml.Descendants("PackageReference").ToList();
        return new ProjectFile(System.IO.Path.GetFileNameWithoutExtension(path), path, references, packages);
    }
}
