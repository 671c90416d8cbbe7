using BotCare.Cases;
using BotCare.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Web.Tests.Commitments;

/// <summary>Promises about to be broken are flagged before they are due, once, by one instance of several.</summary>
public sealed class CommitmentAtRiskScannerTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly MemoryCommitmentStore _ledger = new();
    private readonly MemoryEscalationQueue _queue = new();
    private readonly RecordingCommitmentAlerts _alerts = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("botcare-ledger-").FullName;
    private readonly List<SqliteDatabase> _databases = [];

    public void Dispose()
    {
        _databases.ForEach(d => d.Dispose());
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task FlagsAPromiseOnceItIsDueWithinTheWarningWindowAndNotBefore()
    {
        await _ledger.AddAsync(Promise("p1", Start.AddHours(3)));
        var scanner = Scanner(_ledger);

        Assert.Empty(await scanner.ScanAsync());
        _clock.Advance(TimeSpan.FromMinutes(61));
        var flagged = await scanner.ScanAsync();

        Assert.Equal("p1", Assert.Single(flagged).Id);
        Assert.Equal(_clock.GetUtcNow(), (await _ledger.GetAsync("p1"))!.AtRiskNotifiedAt);
        var told = Assert.Single(_alerts.Told);
        Assert.Equal(("p1", "ana", true, false), (told.Id, told.Owner, told.AtRisk, told.Overdue));
        Assert.Equal((long)TimeSpan.FromMinutes(119).TotalSeconds, told.DueInSeconds);
    }

    [Fact]
    public async Task FlagsEachCommitmentOnlyOnceHoweverOftenItLooks()
    {
        await _ledger.AddAsync(Promise("p1", Start.AddMinutes(30)));
        var scanner = Scanner(_ledger);

        await scanner.ScanAsync();
        _clock.Advance(TimeSpan.FromHours(1));
        var later = await scanner.ScanAsync();

        Assert.Empty(later);
        Assert.Single(_alerts.Told);
    }

    [Fact]
    public async Task FlagsOverdueCallbacksButNeverKeptOrCancelledPromisesNorFollowUps()
    {
        await _ledger.AddAsync(Promise("kept", Start.AddMinutes(20)));
        await _ledger.AddAsync(Promise("cancelled", Start.AddMinutes(20)));
        await _ledger.AddAsync(Promise("follow-up", Start.AddMinutes(20), CommitmentKind.FollowUp));
        await _ledger.AddAsync(Promise("callback", Start.AddMinutes(-5), CommitmentKind.Callback));
        await _ledger.TryCompleteAsync("kept", CommitmentStatus.Kept, Start, "ana");
        await _ledger.TryCompleteAsync("cancelled", CommitmentStatus.Cancelled, Start, "ana");

        var flagged = await Scanner(_ledger).ScanAsync();

        Assert.Equal("callback", Assert.Single(flagged).Id);
        Assert.True(Assert.Single(_alerts.Told).Overdue);
        Assert.Null((await _ledger.GetAsync("kept"))!.AtRiskNotifiedAt);
        Assert.Null((await _ledger.GetAsync("follow-up"))!.AtRiskNotifiedAt);
    }

    [Fact]
    public async Task APromiseKeptBeforeTheWindowOpensIsNeverFlagged()
    {
        await _ledger.AddAsync(Promise("p1", Start.AddHours(5)));
        var scanner = Scanner(_ledger);
        await scanner.ScanAsync();
        await _ledger.TryCompleteAsync("p1", CommitmentStatus.Kept, _clock.GetUtcNow(), "ana");

        _clock.Advance(TimeSpan.FromHours(6));

        Assert.Empty(await scanner.ScanAsync());
        Assert.Empty(_alerts.Told);
    }

    [Theory]
    [InlineData("memory")]
    [InlineData("sqlite")]
    public async Task TwoInstancesLookingAtOneLedgerAtOnceFlagEachCommitmentOnce(string storage)
    {
        var (first, second) = storage == "memory" ? ((ICommitmentStore)_ledger, (ICommitmentStore)_ledger) : SqliteInstances();
        await first.AddAsync(Promise("p1", Start.AddMinutes(30)));
        await first.AddAsync(Promise("c1", Start.AddMinutes(-10), CommitmentKind.Callback));
        using var bothListed = new Barrier(2);
        var instanceA = Scanner(new InterleavedLedger(first, bothListed));
        var instanceB = Scanner(new InterleavedLedger(second, bothListed));

        var passes = await Task.WhenAll(Task.Run(() => instanceA.ScanAsync()), Task.Run(() => instanceB.ScanAsync()));

        Assert.Equal(new[] { "c1", "p1" }, passes.SelectMany(p => p).Select(c => c.Id).Order());
        Assert.Equal(new[] { "c1", "p1" }, _alerts.Told.Select(c => c.Id).Order());
    }

    [Fact]
    public async Task TheServiceLooksAgainOnTheClocksIntervalUntilStopped()
    {
        // Just outside the two-hour window when the service starts; inside it after one 30-second interval.
        await _ledger.AddAsync(Promise("p1", Start.AddHours(2).AddSeconds(20)));
        var service = new CommitmentAtRiskService(Scanner(_ledger), Options.Create(Settings()), _clock, NullLogger<CommitmentAtRiskService>.Instance);
        await service.StartAsync(CancellationToken.None);
        try
        {
            await Task.Delay(100);
            _clock.Advance(TimeSpan.FromSeconds(10));
            await Task.Delay(100);
            Assert.Empty(_alerts.Told);

            _clock.Advance(TimeSpan.FromSeconds(20));
            await WaitForAsync(() => !_alerts.Told.IsEmpty);

            Assert.Equal("p1", Assert.Single(_alerts.Told).Id);
            Assert.Equal(Start.AddSeconds(30), (await _ledger.GetAsync("p1"))!.AtRiskNotifiedAt);
        }
        finally
        {
            await service.StopAsync(CancellationToken.None);
        }
    }

    private static CommitmentOptions Settings() => new() { AtRiskBefore = TimeSpan.FromHours(2), CheckEverySeconds = 30 };

    private CommitmentAtRiskScanner Scanner(ICommitmentStore ledger)
    {
        var options = Options.Create(Settings());
        return new CommitmentAtRiskScanner(ledger, _alerts, new CommitmentItems(_queue, _clock, options), _clock, options, NullLogger<CommitmentAtRiskScanner>.Instance);
    }

    /// <summary>Two instances sharing one database file, each with its own connection pool and writer.</summary>
    private (ICommitmentStore, ICommitmentStore) SqliteInstances()
    {
        var connection = $"Data Source={Path.Combine(_folder, "botcare.db")}";
        _databases.Add(new SqliteDatabase(connection));
        _databases.Add(new SqliteDatabase(connection));
        return (new SqliteCommitmentStore(_databases[0]), new SqliteCommitmentStore(_databases[1]));
    }

    private static Commitment Promise(string id, DateTimeOffset due, CommitmentKind kind = CommitmentKind.Promise) => new()
    {
        Id = id,
        What = "A replacement ships by express",
        Kind = kind,
        DueAt = due,
        Owner = "ana",
        CreatedAt = Start,
        CaseId = "case-1",
        ConversationId = "conv-1",
        CustomerId = "customer-1",
    };

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25);
        }

        Assert.True(condition());
    }
}
