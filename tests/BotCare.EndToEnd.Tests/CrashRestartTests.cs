using System.Net;
using System.Text;
using BotCare.Builder;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// Killing BotCare with SIGKILL in the middle of many conversations loses nothing and sends nothing twice: after a
/// restart on the same database, each channel redelivers what was not answered (same activity id, as channels do)
/// and every conversation carries on to the same end as one that was never interrupted.
/// </summary>
public sealed class CrashRestartTests : IDisposable
{
    private const int Conversations = 16;

    /// <summary>The full recovery conversation the channels benchmark drives; null opens the conversation.</summary>
    private static readonly string?[] Script =
    [
        null,
        "the headphones i ordered last week stopped charging after 2 days. really disappointed",
        "no thats it",
        "10042",
        "yes",
        "i just want ones that work",
        "yes please",
        "maybe test the batteries before shipping",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("botcare-crash-").FullName;

    [Fact]
    public async Task KilledMidConversationsEveryConversationContinuesWhereItWasWithNothingLostOrSentTwice()
    {
        var port = BotCareProcess.FreePort();
        var said = Enumerable.Range(0, Conversations).Select(_ => new List<string>()).ToArray();
        var next = new int[Conversations];

        // Before the crash: the conversations get to different steps, then all send at once and the process dies.
        var first = await BotCareProcess.StartAsync(_folder, port);
        using (var http = Client(first))
        {
            await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async c =>
            {
                for (var step = 0; step < 1 + (c % (Script.Length - 2)); step++)
                {
                    said[c].AddRange(await TurnAsync(http, c, step) ?? throw new InvalidOperationException("No answer before the crash."));
                    next[c] = step + 1;
                }
            }));

            var inFlight = Enumerable.Range(0, Conversations).Select(c => TryTurnAsync(http, c, next[c])).ToList();
            await Task.Delay(TimeSpan.FromMilliseconds(15));
            await first.KillAsync();

            // Answers that made it out before the kill count; the rest the channel sends again.
            for (var c = 0; c < Conversations; c++)
            {
                if (await inFlight[c] is { } answered)
                {
                    said[c].AddRange(answered);
                    next[c]++;
                }
            }
        }

        // After the restart: each channel redelivers from where its last answer left off, then goes on to the end.
        await using var second = await BotCareProcess.StartAsync(_folder, port);
        using var client = Client(second);
        var redeliveredAnswered = 0;
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async c =>
        {
            // The one that may or may not have been processed before the kill: same id, answered once either way.
            for (var step = Math.Max(0, next[c] - 1); step < Script.Length; step++)
            {
                var answer = await TurnAsync(client, c, step) ?? throw new InvalidOperationException("No answer after the restart.");
                if (step < next[c])
                {
                    // Already answered before the crash: the replay must be the same answer, not a second turn.
                    Interlocked.Increment(ref redeliveredAnswered);
                    continue;
                }

                said[c].AddRange(answer);
            }
        }));

        var uninterrupted = new List<string>();
        for (var step = 0; step < Script.Length; step++)
        {
            uninterrupted.AddRange(await TurnAsync(client, Conversations, step) ?? []);
        }

        Assert.Contains("Your reference is RPL-10042-1.", string.Join(" ", uninterrupted), StringComparison.Ordinal);
        for (var c = 0; c < Conversations; c++)
        {
            Assert.Equal(uninterrupted, said[c]);
        }

        Assert.True(redeliveredAnswered > 0, "Some conversations had their last answered activity redelivered.");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static HttpClient Client(BotCareProcess process) => new() { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    private static async Task<IReadOnlyList<string>?> TryTurnAsync(HttpClient http, int conversation, int step)
    {
        try
        {
            return await TurnAsync(http, conversation, step);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>One customer message with the replies in the response; the activity id is the same on every try.</summary>
    private static async Task<IReadOnlyList<string>?> TurnAsync(HttpClient http, int conversation, int step)
    {
        var text = Script[step];
        var customer = new ChannelAccount($"customer-{conversation}", "Customer") { Role = RoleTypes.User };
        var activity = new Activity(text is null ? ActivityTypes.ConversationUpdate : ActivityTypes.Message)
        {
            Id = $"c{conversation}-s{step}",
            ChannelId = "webchat",
            ServiceUrl = "http://127.0.0.1:9/",
            Locale = "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Conversation = new ConversationAccount(id: $"crash-{conversation}"),
            From = customer,
            Recipient = new ChannelAccount("bot", "Bot") { Role = RoleTypes.Bot },
            Text = text,
            MembersAdded = text is null ? [new ChannelAccount("bot", "Bot"), customer] : null,
        };
        using var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return null;
        }

        var replies = BotJson.Deserialize<ExpectedReplies>(await response.Content.ReadAsStringAsync());
        return replies?.Activities?.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty).ToList() ?? [];
    }
}
