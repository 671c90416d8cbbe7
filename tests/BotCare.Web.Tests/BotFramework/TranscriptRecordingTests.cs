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
        var page = await transcript.GetTranscriptActivitiesAsync("msteams", Activities.TeamsConversation);
        var lines = page.Items.Cast<Activity>().Where(a => a.Type == ActivityTypes.Message).Select(a => $"{a.From?.Role}: {a.Text}").ToList();
        List<string> expected =
        [
            $"user: {complaint.Text}",
            .. firstReplies.Select(r => $"bot: {r}"),
            $"user: {next.Text}",
            .. nextReplies.Select(r => $"bot: {r}"),
        ];
        Assert.Equal(expected, lines);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static async Task<List<string?>> RepliesAsync(HttpClient client, Activity activity)
    {
        using var response = await Activities.PostAsync(client, activity);
        response.EnsureSuccessStatusCode();
        var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities!;
        return replies.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text).ToList();
    }
}
