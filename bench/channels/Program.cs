using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using BotCare.Channels.Bench;
using Npgsql;

// bench/channels: how many recovery-conversation turns per second BotCare serves through /api/messages,
// against two baselines measured in the same run: an echo endpoint (this machine's ceiling) and the same
// waterfall on the Bot Framework SDK for Node. See README.md here.
//   dotnet run -c Release --project bench/channels                    full run, writes bench/RESULTS.md
//   dotnet run -c Release --project bench/channels -- --seconds 6     shorter windows (per target and level)
//   dotnet run -c Release --project bench/channels -- --targets botcare --levels 16   one target, one level
//   dotnet run -c Release --project bench/channels -- echo <url>      (used by the run) the echo server
// The PostgreSQL target uses BOTCARE_BENCH_POSTGRES (default: the botcare database scripts/postgres.sh creates), in a
// schema of its own that is dropped afterwards; it is left out, saying why, when no server answers.
if (args.Length >= 2 && args[0] == "echo")
{
    await EchoServer.RunAsync(args[1]);
    return 0;
}

var seconds = Option("--seconds", 12);
var rounds = Option("--rounds", 4);
var warmup = Option("--warmup", 1);
var targetWarmup = Option("--target-warmup", 60);
var levels = (OptionText("--levels") ?? "1,16,64").Split(',').Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToArray();
var chosen = (OptionText("--targets") ?? "echo,node,botcare,botcare-nocache,botcare-postgres").Split(',');
var postgresServer = Environment.GetEnvironmentVariable("BOTCARE_BENCH_POSTGRES") is { Length: > 0 } configuredServer
    ? configuredServer
    : "Host=127.0.0.1;Port=5432;Database=botcare;Username=botcare;Password=botcare;Timeout=5";
var postgresSchema = $"bench_{Guid.NewGuid():N}";
var postgresCreated = false;
var root = RepositoryRoot();
var output = OptionText("--out") ?? Path.Combine(root, "bench", "RESULTS.md");
var slice = new LoadDriver(TimeSpan.FromSeconds(warmup), TimeSpan.FromSeconds((double)seconds / rounds));
var results = new List<LevelResult>();
var sizes = new List<SizeResult>();

Console.WriteLine("Building BotCare (Release) and installing the Node bot's packages...");
Run("dotnet", ["build", Path.Combine(root, "src", "BotCare.Web"), "-c", "Release", "-v", "q", "-nologo"], root);
var nodeBot = Path.Combine(root, "bench", "channels", "node-bot");
if (!Directory.Exists(Path.Combine(nodeBot, "node_modules")))
{
    Run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund"], nodeBot);
}

var data = Directory.CreateTempSubdirectory("botcare-bench-").FullName;
var targets = new List<Target>();
var stores = new Dictionary<string, (string Provider, string ConnectionString)>(StringComparer.Ordinal);
try
{
    var all = new (string Key, string Name, bool Echo, Func<Task<ServerProcess>> Start)[]
    {
        ("echo", "echo (ASP.NET, parse and answer)", true, () =>
        {
            var url = FreeUrl();
            return ServerProcess.StartAsync("dotnet", [typeof(LoadDriver).Assembly.Location, "echo", url], url);
        }),
        ("node", "Node SDK bot (botbuilder 4.23.3, memory state)", false, () =>
        {
            var url = FreeUrl();
            return ServerProcess.StartAsync("node", ["index.js", new Uri(url).Port.ToString(CultureInfo.InvariantCulture)], url, workingDirectory: nodeBot);
        }),
        ("botcare", Report.BotCareTarget, false, () => StartBotCare("botcare", cachedConversations: null)),

        // The same without the state cache (Storage:CachedConversations=0): every turn converts its state from the
        // stored JSON, as it would if each of a conversation's turns landed on a different instance.
        ("botcare-nocache", Report.BotCareWithoutCacheTarget, false, () => StartBotCare("botcare-nocache", cachedConversations: 0)),

        // Several instances' configuration, on one: every turn reads and writes the shared PostgreSQL server.
        ("botcare-postgres", Report.BotCarePostgresTarget, false, () => StartBotCare("botcare-postgres", cachedConversations: null, postgres: true)),
    };

    foreach (var (key, name, echo, start) in all.Where(t => chosen.Contains(t.Key)))
    {
        if (key == "botcare-postgres" && !await CreatePostgresSchemaAsync())
        {
            continue;
        }

        var server = await start();
        targets.Add(new Target(name, echo, server, key));

        // Every server gets the same long warm-up first, so its JIT has settled before anything is measured: on two
        // cores .NET's tiered compilation (with dynamic PGO) keeps recompiling hot methods for 30 to 40 s of load.
        await new LoadDriver(TimeSpan.FromSeconds(targetWarmup), TimeSpan.FromSeconds(1)).RunAsync(server, 16, echo);
        Console.WriteLine($"{name}: up and warmed");
    }

    // The servers take turns in short slices, in a rotating order, so a change in the machine's speed during
    // the run (a shared virtual machine drifts by tens of percent) falls on every target alike.
    foreach (var concurrency in levels)
    {
        var slices = targets.ToDictionary(t => t, _ => new List<LoadDriver.Slice>());
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < targets.Count; i++)
            {
                var target = targets[(i + round) % targets.Count];
                slices[target].Add(await slice.RunAsync(target.Server, concurrency, target.Echo));
            }
        }

        foreach (var target in targets)
        {
            var result = LoadDriver.Combine(target.Name, concurrency, slices[target]);
            results.Add(result);
            Console.WriteLine($"{target.Name,-50} c={concurrency,-3} {result.TurnsPerSecond,8:F0} turns/s  p50 {result.P50Ms,6:F2} ms  p99 {result.P99Ms,7:F2} ms  errors {result.Errors}  cpu {result.CpuMsPerTurn:F3} ms/turn  peak {result.PeakMemoryMb:F0} MB");
            if (result.FirstError is not null)
            {
                Console.WriteLine($"  first error: {result.FirstError}");
            }
        }
    }

    // What a finished conversation leaves stored: fresh conversations run to the end, then read from the database.
    foreach (var target in targets.Where(t => stores.ContainsKey(t.Key)))
    {
        var prefix = $"size-{Guid.NewGuid():N}-";
        for (var i = 0; i < StoredState.Conversations; i++)
        {
            if (await LoadDriver.RunConversationAsync(target.Server, prefix + i.ToString(CultureInfo.InvariantCulture), customer: 10_000 + i) is { } error)
            {
                throw new InvalidOperationException($"{target.Name}: a measured conversation went wrong: {error}");
            }
        }

        var (provider, connectionString) = stores[target.Key];
        var size = await StoredState.MeasureAsync(target.Name, provider, connectionString, prefix);
        sizes.Add(size);
        Console.WriteLine($"{target.Name,-50} stored per conversation: state {size.StateBytes:F0} B + case {size.CaseBytes:F0} B (largest {size.MaxTotalBytes} B); transcript {size.TranscriptBytes:F0} B");
    }
}
finally
{
    foreach (var target in targets)
    {
        await target.Server.DisposeAsync();
    }

    Directory.Delete(data, recursive: true);
    if (postgresCreated)
    {
        await using var connection = new NpgsqlConnection(postgresServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP SCHEMA \"{postgresSchema}\" CASCADE;", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

async Task<bool> CreatePostgresSchemaAsync()
{
    try
    {
        await using var connection = new NpgsqlConnection(postgresServer);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE SCHEMA \"{postgresSchema}\";", connection);
        await create.ExecuteNonQueryAsync();
        postgresCreated = true;
        return true;
    }
    catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
    {
        Console.WriteLine($"PostgreSQL target left out: {ex.Message} (start it with scripts/postgres.sh, or set BOTCARE_BENCH_POSTGRES).");
        return false;
    }
}

Task<ServerProcess> StartBotCare(string name, int? cachedConversations, bool postgres = false)
{
    var url = FreeUrl();
    var web = Path.Combine(root, "src", "BotCare.Web", "bin", "Release", "net10.0");
    var settings = new Dictionary<string, string>
    {
        ["ASPNETCORE_URLS"] = url,
        ["Urls"] = url,
        ["ASPNETCORE_ENVIRONMENT"] = "Production",
        ["Storage__Provider"] = postgres ? "Postgres" : "Sqlite",
        ["ConnectionStrings__BotCare"] = postgres
            ? new NpgsqlConnectionStringBuilder(postgresServer) { SearchPath = postgresSchema }.ConnectionString
            : $"Data Source={Path.Combine(data, name + ".db")}",
        ["DirectLine__SecretFile"] = Path.Combine(data, name + ".secret"),
        ["Logging__LogLevel__Default"] = "Warning",

        // Every simulated customer names the same sample order, which in real life would be one customer coming back
        // (a recontact, handed to a person); off, so every run is the full recovery conversation the bench measures.
        ["Recovery__RecontactWindowDays"] = "0",
    };
    stores[name] = (postgres ? "Postgres" : "Sqlite", settings["ConnectionStrings__BotCare"]);
    if (cachedConversations is { } cached)
    {
        settings["Storage__CachedConversations"] = cached.ToString(CultureInfo.InvariantCulture);
    }

    return ServerProcess.StartAsync("dotnet", [Path.Combine(web, "BotCare.Web.dll")], url, settings, web);
}

var report = Report.Write(results, sizes, seconds, rounds, warmup, targetWarmup);
await File.WriteAllTextAsync(output, report);
Console.WriteLine(report);
Console.WriteLine($"Written to {output}");
return 0;

int Option(string name, int fallback) => OptionText(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

string? OptionText(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
}

static string FreeUrl()
{
    using var listener = new TcpListener(IPAddress.Loopback, 0);
    listener.Start();
    return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
}

static void Run(string file, string[] arguments, string directory)
{
    using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = directory }) ?? throw new InvalidOperationException($"Could not start {file}.");
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed with exit code {process.ExitCode}.");
    }
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "BotCare.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run from inside the repository.");
}

internal sealed record Target(string Name, bool Echo, ServerProcess Server, string Key);
