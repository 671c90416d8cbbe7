namespace BotCare.EndToEnd.Tests;

/// <summary>
/// Killing BotCare with SIGKILL in the middle of many conversations loses nothing and sends nothing twice: after a
/// restart on the same database, each channel redelivers what was not answered (same activity id, as channels do)
/// and every conversation carries on to the same end as one that was never interrupted.
/// </summary>
public sealed class CrashRestartTests : IDisposable
{
    private const int Conversations = 16;

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
                for (var step = 0; step < 1 + (c % (RecoveryScript.Turns.Length - 2)); step++)
                {
                    said[c].AddRange(await RecoveryScript.TurnAsync(http, "crash", c, step) ?? throw new InvalidOperationException("No answer before the crash."));
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
            for (var step = Math.Max(0, next[c] - 1); step < RecoveryScript.Turns.Length; step++)
            {
                var answer = await RecoveryScript.TurnAsync(client, "crash", c, step) ?? throw new InvalidOperationException("No answer after the restart.");
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
        for (var step = 0; step < RecoveryScript.Turns.Length; step++)
        {
            uninterrupted.AddRange(await RecoveryScript.TurnAsync(client, "crash", Conversations, step) ?? []);
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
            return await RecoveryScript.TurnAsync(http, "crash", conversation, step);
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
}
