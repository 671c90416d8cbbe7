using BotCare.Cases;
using BotCare.Handoff;

namespace BotCare.Web.Tests.Agents;

public sealed class AgentAccountsTests : IAsyncDisposable
{
    private const string AdminPassword = "correct horse battery staple";

    private readonly BotCareApp _app = new();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheFirstAdministratorComesFromTheSettingsWithOnlyAHashOfThePasswordStored()
    {
        _app.Settings["Agents:FirstAdmin:Id"] = "Olga";
        _app.Settings["Agents:FirstAdmin:Password"] = AdminPassword;
        using var client = _app.CreateClient();
        var directory = _app.Services.GetRequiredService<AgentDirectory>();

        var admin = Assert.Single(await directory.ListAsync());
        Assert.Equal(("olga", AgentRole.Admin), (admin.Id, admin.Role));
        Assert.DoesNotContain(AdminPassword, admin.PasswordHash, StringComparison.Ordinal);
        Assert.DoesNotContain(AdminPassword, BotJson.Serialize(await _app.Services.GetRequiredService<IStorage>().ReadAsync([AgentDirectory.StorageKey])), StringComparison.Ordinal);

        var accounts = _app.Services.GetRequiredService<AgentAccounts>();
        Assert.Equal("olga", (await accounts.SignInAsync("OLGA", AdminPassword))?.Id);
        Assert.Null(await accounts.SignInAsync("olga", AdminPassword + "!"));
        Assert.Null(await accounts.SignInAsync("nobody", AdminPassword));
    }

    [Fact]
    public async Task AnExistingAdministratorIsNeverResetByTheSetting()
    {
        _app.Settings["Agents:FirstAdmin:Password"] = AdminPassword;
        var storage = new MemoryStorage();
        _app.ConfigureServices = services => services.AddSingleton<IStorage>(storage);
        var accounts = new AgentAccounts(new AgentDirectory(storage), new Microsoft.AspNetCore.Identity.PasswordHasher<AgentAccount>());
        await accounts.CreateAsync("boss", "Boss", AgentRole.Admin, "a password changed since");

        using var client = _app.CreateClient();

        var only = Assert.Single(await new AgentDirectory(storage).ListAsync());
        Assert.Equal("boss", only.Id);
        Assert.NotNull(await accounts.SignInAsync("boss", "a password changed since"));
    }

    [Fact]
    public async Task AnAccountWithTheFirstAdministratorsNameIsNeverPromotedOrGivenTheConfiguredPassword()
    {
        _app.Settings["Agents:FirstAdmin:Password"] = AdminPassword;
        var storage = new MemoryStorage();
        _app.ConfigureServices = services => services.AddSingleton<IStorage>(storage);
        var accounts = new AgentAccounts(new AgentDirectory(storage), new Microsoft.AspNetCore.Identity.PasswordHasher<AgentAccount>());
        await accounts.CreateAsync("admin", "Retired admin", AgentRole.Agent, "its own long password");

        using var client = _app.CreateClient();

        var only = Assert.Single(await new AgentDirectory(storage).ListAsync());
        Assert.Equal(AgentRole.Agent, only.Role);
        Assert.Null(await accounts.SignInAsync("admin", AdminPassword));
    }

    [Fact]
    public async Task ShortPasswordsAreRefused()
    {
        using var client = _app.CreateClient();
        var accounts = _app.Services.GetRequiredService<AgentAccounts>();

        await Assert.ThrowsAsync<ArgumentException>(() => accounts.CreateAsync("ana", "Ana", AgentRole.Agent, "short"));

        Assert.Empty(await _app.Services.GetRequiredService<AgentDirectory>().ListAsync());
    }

    [Fact]
    public void AFirstAdministratorPasswordTooShortStopsTheStartWithAReason()
    {
        _app.Settings["Agents:FirstAdmin:Password"] = "short";

        var failure = Assert.Throws<InvalidOperationException>(() => _app.CreateClient());

        Assert.Contains("Agents:FirstAdmin:Password needs at least 12 characters", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoPasswordSettingCreatesNoAccount()
    {
        using var client = _app.CreateClient();

        Assert.Empty(await _app.Services.GetRequiredService<AgentDirectory>().ListAsync());
    }
}
