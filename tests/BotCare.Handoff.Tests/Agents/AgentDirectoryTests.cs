namespace BotCare.Handoff.Tests;

public sealed class AgentDirectoryTests
{
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task AccountsAreFoundByTheirSignInNameInAnyCaseAndReplacedBySavingAgain()
    {
        var directory = new AgentDirectory(_storage);
        await directory.SaveAsync(new AgentAccount { Id = "Ana", DisplayName = "Ana", Skills = ["billing"], PasswordHash = "hash-1" });
        await directory.SaveAsync(new AgentAccount { Id = "ben", DisplayName = "Ben", Role = AgentRole.Supervisor });
        await directory.SaveAsync(new AgentAccount { Id = "ANA", DisplayName = "Ana Lopez", Skills = ["billing", "delivery"], PasswordHash = "hash-2" });

        var ana = await directory.FindAsync(" ana ");
        Assert.NotNull(ana);
        Assert.Equal(("ana", "Ana Lopez", "hash-2"), (ana.Id, ana.DisplayName, ana.PasswordHash));
        Assert.True(ana.Handles("Delivery"));
        Assert.False(ana.Handles("product"));
        Assert.Equal(["ana", "ben"], (await directory.ListAsync()).Select(a => a.Id));
        Assert.Null(await directory.FindAsync("cleo"));
    }

    [Fact]
    public async Task PresenceAndRemovalReportWhetherTheAgentExists()
    {
        var directory = new AgentDirectory(_storage);
        await directory.SaveAsync(new AgentAccount { Id = "ana" });

        Assert.True(await directory.SetPresenceAsync("ana", AgentPresence.Online));
        Assert.False(await directory.SetPresenceAsync("ghost", AgentPresence.Online));
        Assert.Equal(AgentPresence.Online, (await directory.FindAsync("ana"))!.Presence);
        Assert.True(await directory.RemoveAsync("ANA"));
        Assert.False(await directory.RemoveAsync("ana"));
        Assert.Empty(await directory.ListAsync());
    }

    [Fact]
    public async Task AnAccountWithoutAnIdOrWithNoCapacityIsRefused()
    {
        var directory = new AgentDirectory(_storage);

        await Assert.ThrowsAnyAsync<ArgumentException>(() => directory.SaveAsync(new AgentAccount { Id = " " }));
        await Assert.ThrowsAsync<ArgumentException>(() => directory.SaveAsync(new AgentAccount { Id = "ana", Capacity = 0 }));
        Assert.Empty(await directory.ListAsync());
    }

    [Fact]
    public async Task AChangeMadeByAnotherInstanceInBetweenIsKeptAndOursAppliedOnTop()
    {
        var other = new AgentDirectory(_storage);
        await other.SaveAsync(new AgentAccount { Id = "ana" });
        var racing = new RacingStorage(_storage, () => other.SaveAsync(new AgentAccount { Id = "ben" }));

        Assert.True(await new AgentDirectory(racing).SetPresenceAsync("ana", AgentPresence.Online));

        var agents = await other.ListAsync();
        Assert.Equal(["ana", "ben"], agents.Select(a => a.Id));
        Assert.Equal(AgentPresence.Online, agents[0].Presence);
        Assert.Equal(2, racing.Writes);
    }

    [Fact]
    public async Task AgentsAddedFromManyPlacesAtOnceAreAllKept()
    {
        var names = Enumerable.Range(0, 8).Select(i => $"agent{i}").ToList();

        await Task.WhenAll(names.Select(name => Task.Run(() => new AgentDirectory(_storage).SaveAsync(new AgentAccount { Id = name }))));

        Assert.Equal(names, (await new AgentDirectory(_storage).ListAsync()).Select(a => a.Id));
    }

    /// <summary>Storage where another writer gets in between this one's first read and its first write.</summary>
    private sealed class RacingStorage(IStorage inner, Func<Task> interloper) : IStorage
    {
        private bool _raced;

        public int Writes { get; private set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

        public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
        {
            Writes++;
            if (!_raced)
            {
                _raced = true;
                await interloper();
            }

            await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
    }
}
