using Microsoft.Extensions.Time.Testing;
using MsOptions = Microsoft.Extensions.Options.Options;

namespace BotCare.Channels.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task ATokenNamesItsConversationAndUser()
    {
        var tokens = Tokens("secret-1");

        var check = await tokens.ValidateAsync(tokens.Issue("conv-1", "dl_user"));

        Assert.Equal(DirectLineTokenCheck.Valid("conv-1", "dl_user"), check);
    }

    [Fact]
    public async Task ATokenExpiresAfterItsLifetime()
    {
        var tokens = Tokens("secret-1", lifetimeSeconds: 60);
        var token = tokens.Issue("conv-1", "dl_user");

        _clock.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(DirectLineTokenStatus.Valid, (await tokens.ValidateAsync(token)).Status);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(DirectLineTokenStatus.Expired, (await tokens.ValidateAsync(token)).Status);
    }

    [Fact]
    public async Task TokensFromAnotherSecretOrTamperedWithAreRefused()
    {
        var ours = Tokens("secret-1");
        var theirs = Tokens("secret-2");
        var token = ours.Issue("conv-1", "dl_user");
        var parts = token.Split('.');
        var otherPayload = theirs.Issue("conv-2", "dl_user").Split('.')[1];

        Assert.Equal(DirectLineTokenStatus.Invalid, (await theirs.ValidateAsync(token)).Status);
        Assert.Equal(DirectLineTokenStatus.Invalid, (await ours.ValidateAsync($"{parts[0]}.{otherPayload}.{parts[2]}")).Status);
        Assert.Equal(DirectLineTokenStatus.Invalid, (await ours.ValidateAsync("not a token")).Status);
    }

    [Fact]
    public void RecognisesTheSecretButNotSomethingLikeIt()
    {
        var tokens = Tokens("secret-1");

        Assert.True(tokens.IsSecret("secret-1"));
        Assert.False(tokens.IsSecret("secret-2"));
        Assert.False(tokens.IsSecret(string.Empty));
    }

    [Fact]
    public void WithoutAConfiguredSecretOneIsMadeAndKeptOnDisk()
    {
        var folder = Directory.CreateTempSubdirectory("botcare-dl-").FullName;
        try
        {
            var file = Path.Combine(folder, "sub", "directline.secret");
            var first = new DirectLineTokens(MsOptions.Create(new DirectLineOptions { SecretFile = file }), _clock);
            var saved = File.ReadAllText(file);
            var second = new DirectLineTokens(MsOptions.Create(new DirectLineOptions { SecretFile = file }), _clock);

            Assert.True(saved.Length >= 40);
            Assert.True(first.IsSecret(saved));
            Assert.True(second.IsSecret(saved));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private DirectLineTokens Tokens(string secret, int lifetimeSeconds = 1800) =>
        new(MsOptions.Create(new DirectLineOptions { Secret = secret, TokenLifetimeSeconds = lifetimeSeconds }), _clock);
}
