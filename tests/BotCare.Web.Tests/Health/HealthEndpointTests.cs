using System.Net;

namespace BotCare.Web.Tests.Health;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task AliveAndReadyWhenStorageAnswers()
    {
        await using var app = new BotCareApp();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    [Fact]
    public async Task StillAliveButNotReadyWhenStorageIsDownAndTheErrorStaysPrivate()
    {
        var storage = new BrokenStorage { Down = true };
        await using var app = new BotCareApp();
        app.ConfigureServices = services => services.AddSingleton<IStorage>(storage);
        using var client = app.CreateClient();

        using var alive = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.DoesNotContain("storage unreachable", await ready.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadyOnSqliteFromAFreshFolder()
    {
        await using var app = new BotCareApp();
        app.Settings["Storage:Provider"] = "Sqlite";
        app.Settings["ConnectionStrings:BotCare"] = $"Data Source={Path.Combine(app.Folder, "fresh", "botcare.db")}";
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.True(File.Exists(Path.Combine(app.Folder, "fresh", "botcare.db")));
    }

    [Fact]
    public async Task AnUnknownStorageProviderStopsTheAppWithTheChoices()
    {
        await using var app = new BotCareApp();
        app.Settings["Storage:Provider"] = "Floppy";

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Sqlite, Memory, Postgres", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostgresWithoutAConnectionStringStopsTheAppSayingWhatToSet()
    {
        await using var app = new BotCareApp();
        app.Settings["Storage:Provider"] = "Postgres";
        app.Settings["ConnectionStrings:BotCare"] = "";

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("ConnectionStrings:BotCare is empty", failure.ToString(), StringComparison.Ordinal);
    }
}
