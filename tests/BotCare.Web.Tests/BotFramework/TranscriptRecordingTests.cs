namespace BotCare.Web.Tests.BotFramework;

/// <summary>
/// The transcript an agent reads when a chat is handed over: each customer message and each reply they got, once,
/// in order, in the configured store, however the channel retried.
/// </summary>
public sealed class TranscriptRecordingTests
{
    [Theory]
    [InlineData("Memory")]
    [InlineData("Sqlite")]
    public async Task EachMessageAndEachReplyIsInTheTranscriptOnceEvenWhenTheChannelRedelivers(string provider)
    {
        await using var app = new BotCareApp();
        app.Settings["Storage:Provider"] = provider;
        app.Settings["ConnectionStrings:BotCare"] = $"Data Source={Path.Combine(app.Folder, "botcare.db")}";
        using var client = app.CreateClient();

        var complaint = Activities.Message("https://channel.invalid/", "my blender arrived broken and nobody answers my emails");
        complaint.DeliveryMode = DeliveryModes.ExpectReplies;
        var firstReplies = await RepliesAsync(client, complaint);
        var redelivered = await RepliesAsync(client, complaint);
        var next = Activities.Message("https://channel.invalid/", "no, that's everything");
        next.Id = "1700000000002";
        next.DeliveryMode = DeliveryModes.ExpectReplies;
        var nextReplies = await RepliesAsync(client, next);
        Assert.Equal(firstReplies, redelivered);

        var transcript = app.Services.GetRequiredService<ITranscriptStore>();
        List<string> expected =
        [
            $"user: {complaint.Text}",
            .. firstReplies.Select(r => $"bot: {r}"),
            $"user: {next.Text}",
            .. nextReplies.Select(r => $"bot: {r}"),
        ];

        // The channel is answered before the last turn's transcript is written (see below); it follows within moments.
        var lines = await MessageLinesAsync(transcript, expected.Count);
        Assert.Equal(expected, lines);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task TheChannelIsAnsweredWithoutWaitingForTheTranscriptWhichIsWrittenAfterwards()
    {
        var transcripts = new GatedTranscriptStore();
        await using var app = new BotCareApp { ConfigureServices = services => services.AddSingleton<ITranscriptStore>(transcripts) };

        // On Kestrel: the in-memory test server hands the client its response only when the whole request is done.
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();

        // The transcript store is held shut: the reply still arrives, because the state is saved and nothing the customer
        // sees depends on the transcript.
        var complaint = Activities.Message("https://channel.invalid/", "my blender arrived broken and nobody answers my emails");
        complaint.DeliveryMode = DeliveryModes.ExpectReplies;
        var replies = await RepliesAsync(client, complaint).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.NotEmpty(replies);
        Assert.Equal(0, transcripts.Written);

        // Once the store answers, the turn is recorded in full: the message and every reply the customer got.
        transcripts.Open();
        var lines = await MessageLinesAsync(transcripts, 1 + replies.Count);
        Assert.Equal([$"user: {complaint.Text}", .. replies.Select(r => $"bot: {r}")], lines);
    }

    private static async Task<List<string>> MessageLinesAsync(ITranscriptStore transcript, int expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var page = await transcript.GetTranscriptActivitiesAsync("msteams", Activities.TeamsConversation);
            var lines = page.Items.Cast<Activity>().Where(a => a.Type == ActivityTypes.Message).Select(a => $"{a.From?.Role}: {a.Text}").ToList();
            if (lines.Count >= expected || DateTime.UtcNow > deadline)
            {
                return lines;
            }

            await Task.Delay(20);
        }
    }

    /// <summary>A memory transcript store whose writes wait until the test opens it.</summary>
    private sealed class GatedTranscriptStore : ITranscriptStore
    {
        private readonly MemoryTranscriptStore _inner = new();
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _written;

        public int Written => Volatile.Read(ref _written);

        public void Open() => _open.TrySetResult();

        public async Task LogActivityAsync(IActivity activity, CancellationToken cancellationToken = default)
        {
            await _open.Task;
            await _inner.LogActivityAsync(activity, cancellationToken);
            Interlocked.Increment(ref _written);
        }

        public Task<PagedResult<IActivity>> GetTranscriptActivitiesAsync(string channelId, string conversationId, string? continuationToken = null, DateTimeOffset startDate = default, CancellationToken cancellationToken = default) =>
            _inner.GetTranscriptActivitiesAsync(channelId, conversationId, continuationToken, startDate, cancellationToken);

        public Task<PagedResult<TranscriptInfo>> ListTranscriptsAsync(string channelId, string? continuationToken = null, CancellationToken cancellationToken = default) =>
            _inner.ListTranscriptsAsync(channelId, continuationToken, cancellationToken);

        public Task DeleteTranscriptAsync(string channelId, string conversationId, CancellationToken cancellationToken = default) =>
            _inner.DeleteTranscriptAsync(channelId, conversationId, cancellationToken);

        public Task<int> DeleteConversationAsync(string conversationId, CancellationToken cancellationToken = default) =>
            _inner.DeleteConversationAsync(conversationId, cancellationToken);
    }

    private static async Task<List<string?>> RepliesAsync(HttpClient client, Activity activity)
    {
        using var response = await Activities.PostAsync(client, activity);
        response.EnsureSuccessStatusCode();
        var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities!;
        return replies.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text).ToList();
    }
}
