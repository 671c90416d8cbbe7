using BotCare.Builder;
using Npgsql;

namespace BotCare.Storage.Postgres.Tests;

/// <summary>
/// Signals between two instances over LISTEN/NOTIFY on a real server: each instance is its own
/// <see cref="PostgresDatabase"/> on the same schema, as two BotCare processes would be.
/// </summary>
public sealed class PostgresInstanceSignalsTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private readonly TestDatabase _database = new();
    private readonly List<PostgresInstanceSignals> _instances = [];

    [Fact]
    public async Task ASignalReachesTheOtherInstanceWithItsPayloadAndNotTheSender()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        var heardByA = new List<InstanceSignal>();
        var heardByB = new TaskCompletionSource<InstanceSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listenA = a.Listen("directline", heardByA.Add);
        using var listenB = b.Listen("directline", s => heardByB.TrySetResult(s));
        await Task.WhenAll(a.Listening, b.Listening).WaitAsync(Patience);

        await a.SendAsync(new InstanceSignal("directline", "conv-1", """{"type":"typing"}"""));

        Assert.Equal(new InstanceSignal("directline", "conv-1", """{"type":"typing"}"""), await heardByB.Task.WaitAsync(Patience));

        // A round trip through B proves A's notification was delivered to A's connection too, and ignored there.
        var echo = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var back = a.Listen("probe", _ => echo.TrySetResult());
        await b.SendAsync(new InstanceSignal("probe", "conv-1"));
        await echo.Task.WaitAsync(Patience);
        Assert.Empty(heardByA);
    }

    [Fact]
    public async Task ListenersHearOnlyTheirTopicAndStopWhenDisposed()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        var directLine = new List<string>();
        var agents = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopped = b.Listen("directline", s => directLine.Add(s.ConversationId));
        using var agentListener = b.Listen("agents", s => agents.TrySetResult(s.ConversationId));
        await b.Listening.WaitAsync(Patience);
        stopped.Dispose();

        await a.SendAsync(new InstanceSignal("directline", "not-heard"));
        await a.SendAsync(new InstanceSignal("agents", "heard"));

        // Notifications from one sender arrive in order, so the directline one came (and was dropped) before this.
        Assert.Equal("heard", await agents.Task.WaitAsync(Patience));
        Assert.Empty(directLine);
    }

    [Fact]
    public async Task APayloadTooLargeForANotificationArrivesAsAPlainSignal()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        var heard = new TaskCompletionSource<InstanceSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listen = b.Listen("directline", s => heard.TrySetResult(s));
        await b.Listening.WaitAsync(Patience);

        // Within the character limit, but quotes double when escaped into the envelope: past PostgreSQL's 8000 bytes.
        var quoted = new string('"', InstanceSignal.MaxPayloadLength);
        await a.SendAsync(new InstanceSignal("directline", "big", quoted));

        Assert.Equal(new InstanceSignal("directline", "big"), await heard.Task.WaitAsync(Patience));
    }

    [Fact]
    public async Task ListeningResumesAfterTheServerDropsTheConnection()
    {
        var a = await InstanceAsync();
        var b = await InstanceAsync();
        var heard = new TaskCompletionSource<InstanceSignal>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listen = b.Listen("directline", s => heard.TrySetResult(s));
        await b.Listening.WaitAsync(Patience);

        // What a server restart or a failover does to the listening connection.
        await using (var admin = new NpgsqlConnection(_database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var kill = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'LISTEN %' || current_schema() || '%'",
                admin);
            Assert.True((long)(await kill.ExecuteScalarAsync())! >= 1);
        }

        // Keep sending until the reconnected listener hears one: signals sent while it was away are lost by design.
        using var timeout = new CancellationTokenSource(Patience);
        while (!heard.Task.IsCompleted)
        {
            await a.SendAsync(new InstanceSignal("directline", "after-drop"), timeout.Token);
            await Task.WhenAny(heard.Task, Task.Delay(100, timeout.Token));
        }

        Assert.Equal("after-drop", (await heard.Task).ConversationId);
    }

    [Fact]
    public async Task InstancesOnAnotherSchemaDoNotHearEachOther()
    {
        await using var otherDatabase = new TestDatabase();
        var a = await InstanceAsync();
        var mine = await InstanceAsync();
        await using var theirs = new PostgresInstanceSignals(await otherDatabase.OpenAsync());
        var heardByTheirs = new List<InstanceSignal>();
        var heardByMine = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listenTheirs = theirs.Listen("directline", heardByTheirs.Add);
        using var listenMine = mine.Listen("directline", _ => heardByMine.TrySetResult());
        await Task.WhenAll(theirs.Listening, mine.Listening).WaitAsync(Patience);

        await a.SendAsync(new InstanceSignal("directline", "c"));
        await heardByMine.Task.WaitAsync(Patience);
        await Task.Delay(200);

        Assert.Empty(heardByTheirs);
    }

    [Fact]
    public async Task SendingWithTheServerUnreachableDoesNotThrow()
    {
        await _database.OpenAsync();
        var unreachable = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Port = 1, Timeout = 1 }.ConnectionString;
        await using var database = new PostgresDatabase(unreachable);
        await using var signals = new PostgresInstanceSignals(database);

        // The change the signal is about is stored already; failing the turn for a lost signal would be worse.
        await signals.SendAsync(new InstanceSignal("directline", "c"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await _database.DisposeAsync();
    }

    private async Task<PostgresInstanceSignals> InstanceAsync()
    {
        var instance = new PostgresInstanceSignals(await _database.OpenAsync());
        _instances.Add(instance);
        return instance;
    }
}
