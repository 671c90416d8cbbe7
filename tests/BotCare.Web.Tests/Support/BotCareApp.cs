using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace BotCare.Web.Tests;

/// <summary>
/// BotCare in process, as Program.cs builds it, with settings for a test: memory storage, a known Direct Line
/// secret and API key, files under a temporary folder. Tests change settings or services before first use.
/// </summary>
public sealed class BotCareApp : WebApplicationFactory<Program>
{
    public const string DirectLineSecret = "test-directline-secret-0123456789";
    public const string ApiKey = "test-api-key-abcdef";

    private readonly string _folder = Directory.CreateTempSubdirectory("botcare-web-").FullName;

    public BotCareApp()
    {
        Settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["DirectLine:Secret"] = DirectLineSecret,
            ["DirectLine:AllowedOrigins:0"] = "https://www.example.com",
            ["Api:Keys:0"] = ApiKey,
            ["Outage:File"] = Path.Combine(_folder, "outage-cases.jsonl"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    public Dictionary<string, string?> Settings { get; }

    /// <summary>Changes to the services after BotCare registered its own (fakes replace real ones).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; set; }

    public string Folder => _folder;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Development");

        // UseSetting, not ConfigureAppConfiguration: Program reads settings while it registers services.
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => ConfigureServices?.Invoke(services));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
                // A file still open by a background thread; the OS cleans temp folders.
            }
        }
    }
}
