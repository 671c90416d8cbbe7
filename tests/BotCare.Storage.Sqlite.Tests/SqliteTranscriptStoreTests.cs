using BotCare.Builder;
using BotCare.Builder.Testing;

namespace BotCare.Storage.Sqlite.Tests;

public sealed class SqliteTranscriptStoreTests : TranscriptStoreContractTests, IDisposable
{
    private readonly TemporaryDatabase _database = new();

    protected override Task<ITranscriptStore> CreateStore() => Task.FromResult<ITranscriptStore>(new SqliteTranscriptStore(_database.Open()));

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task TranscriptsSurviveReopeningTheFile()
    {
        await new SqliteTranscriptStore(_database.Open()).LogActivityAsync(new Activity(ActivityTypes.Message)
        {
            Id = "1",
            ChannelId = "webchat",
            Conversation = new ConversationAccount(id: "kept"),
            Text = "my plates arrived smashed",
            Timestamp = DateTimeOffset.UtcNow,
        });

        var reopened = new SqliteTranscriptStore(_database.Open());

        Assert.Equal("my plates arrived smashed", ((Activity)Assert.Single((await reopened.GetTranscriptActivitiesAsync("webchat", "kept")).Items)).Text);
    }
}
