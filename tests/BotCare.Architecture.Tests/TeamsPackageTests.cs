using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;

namespace BotCare.Architecture.Tests;

/// <summary>The Teams app package in deploymentTemplates/teams: a manifest Teams accepts, its icons, and the zip script.</summary>
public sealed class TeamsPackageTests
{
    private const string Placeholder = "<<YOUR-MICROSOFT-APP-ID>>";
    private static readonly string Folder = Path.Combine(Repository.Root, "deploymentTemplates", "teams");

    [Fact]
    public void TheManifestNamesTheBotByItsAppIdAndHasWhatTeamsRequires()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")));
        var root = manifest.RootElement;

        Assert.Equal(Placeholder, root.GetProperty("id").GetString());
        var bot = Assert.Single(root.GetProperty("bots").EnumerateArray());
        Assert.Equal(Placeholder, bot.GetProperty("botId").GetString());
        Assert.Equal(["personal", "team", "groupchat"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.True(root.GetProperty("name").GetProperty("short").GetString()!.Length <= 30);
        Assert.True(root.GetProperty("description").GetProperty("short").GetString()!.Length <= 80);
        Assert.All(
            ["websiteUrl", "privacyUrl", "termsOfUseUrl"],
            field => Assert.StartsWith("https://", root.GetProperty("developer").GetProperty(field).GetString(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void IconsAreSquarePngsOfTheSizesTeamsAsksFor(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(size, ReadBigEndian(bytes, 16));
        Assert.Equal(size, ReadBigEndian(bytes, 20));
    }

    [Fact]
    public async Task TheScriptZipsTheManifestWithTheAppIdFilledIn()
    {
        const string appId = "0b5f3c1e-7d2a-4e1b-9c3f-2a6d8e4b1f07";
        var output = Path.Combine(Directory.CreateTempSubdirectory("botcare-teams-").FullName, "app.zip");
        using var script = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Folder, "package.sh"), appId, output]) { RedirectStandardError = true })!;
        await script.WaitForExitAsync();

        Assert.Equal(0, script.ExitCode);
        using var zip = ZipFile.OpenRead(output);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifest = await JsonDocument.ParseAsync(zip.GetEntry("manifest.json")!.Open());
        Assert.Equal(appId, manifest.RootElement.GetProperty("id").GetString());
        Assert.Equal(appId, manifest.RootElement.GetProperty("bots")[0].GetProperty("botId").GetString());
    }

    [Fact]
    public async Task TheScriptRefusesSomethingThatIsNotAnAppId()
    {
        using var script = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Folder, "package.sh"), "my-bot"]) { RedirectStandardError = true })!;
        var error = await script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync();

        Assert.Equal(2, script.ExitCode);
        Assert.Contains("usage", error, StringComparison.Ordinal);
    }

    private static int ReadBigEndian(byte[] bytes, int offset) =>
        (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
}
