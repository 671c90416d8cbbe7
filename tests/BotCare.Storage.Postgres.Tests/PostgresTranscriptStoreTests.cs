using BotCare.Builder;
using BotCare.Builder.Testing;

namespace BotCare.Storage.Postgres.Tests;

public sealed class PostgresTranscriptStoreTests : TranscriptStoreContractTests, IAsyncDisposable
{
    private readonly TestDatabase _database = new();

    public ValueTask DisposeAsync() => _database.DisposeAsync();

    protected override async Task<ITranscriptStore> CreateStore() => new PostgresTranscriptStore(await _database.OpenAsync());

    [Fact]
    public async Task ATranscriptLoggedByOneInstanceIsReadByAnother()
    {
        await new PostgresTranscriptStore(await _database.OpenAsync()).LogActivityAsync(new Activity(ActivityTypes.Message)
        {
            Id = "1",
            ChannelId = "webchat",
            Conversation = new ConversationAccount(id: "shared"),
            Text = "my plates arrived smashed",
            Timestamp = DateTimeOffset.UtcNow,
        });

        var other = new PostgresTranscriptStore(await _database.OpenAsync());

        Assert.Equal("my plates arrived smashed", ((Activity)Assert.Single((await other.GetTranscriptActivitiesAsync("webchat", "shared")).Items)).Text);
    }
}
