using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BotCare.EndToEnd.Tests;

/// <summary>BotCare as the README runs it (SQLite, default settings), served by Kestrel on 127.0.0.1 for a browser.</summary>
public sealed class RunningBotCare : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("botcare-e2e-").FullName;
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">Settings on top of the defaults, as an operator would give them (<c>Agents:FirstAdmin:Id</c>).</param>
    public RunningBotCare(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        StartServer();
    }

    public Uri BaseAddress => ClientOptions.BaseAddress;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:BotCare", $"Data Source={Path.Combine(_folder, "botcare.db")}");
        builder.UseSetting("DirectLine:SecretFile", Path.Combine(_folder, "directline.secret"));
        builder.UseSetting("Outage:File", Path.Combine(_folder, "outage-cases.jsonl"));
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
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
                // Left for the OS to clean.
            }
        }
    }
}
