using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// BotCare as its own process (the built BotCare.Web.dll beside the tests), on SQLite in a folder that outlives
/// the process, so a test can kill it the hard way and start it again on the same data.
/// </summary>
internal sealed class BotCareProcess : IAsyncDisposable
{
    private readonly Process _process;

    private BotCareProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <param name="dataFolder">Where the SQLite database and local secrets live.</param>
    /// <param name="port">The port to listen on (127.0.0.1 only).</param>
    /// <param name="postgres">A PostgreSQL connection string to use instead of SQLite (several instances share it).</param>
    /// <param name="settings">More configuration, as environment variables (<c>DirectLine__Secret</c>).</param>
    public static async Task<BotCareProcess> StartAsync(string dataFolder, int port, string? postgres = null, IReadOnlyDictionary<string, string>? settings = null)
    {
        var url = $"http://127.0.0.1:{port}";
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BotCare.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["Urls"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Storage__Provider"] = postgres is null ? "Sqlite" : "Postgres";
        start.Environment["ConnectionStrings__BotCare"] = postgres ?? $"Data Source={Path.Combine(dataFolder, "botcare.db")}";
        start.Environment["DirectLine__SecretFile"] = Path.Combine(dataFolder, "directline.secret");
        start.Environment["Outage__File"] = Path.Combine(dataFolder, "outage-cases.jsonl");
        start.Environment["Logging__LogLevel__Default"] = "Warning";

        // These tests play many customers at once, all complaining about the same sample order; in real life that is
        // one customer coming back, which BotCare hands to a person (recontact). Off here, so each is a first contact.
        start.Environment["Recovery__RecontactWindowDays"] = "0";
        foreach (var (name, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start BotCare.");

        // Drained so a chatty process never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var running = new BotCareProcess(process, new Uri(url));
        await running.WaitUntilUpAsync();
        return running;
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as when a machine or container dies.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitUntilUpAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(2) };
        var until = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"BotCare exited with code {_process.ExitCode} before it was up.");
            }

            try
            {
                using var response = await http.GetAsync(new Uri("/readyz", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"BotCare did not come up at {BaseAddress} within a minute.");
    }
}
