using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json;
using BotCare.Builder;
using Activity = BotCare.Builder.Activity;

namespace BotCare.Channels.Bench;

/// <summary>
/// Acts as a channel: N simulated customers at once, each going through <see cref="ScriptedCustomer"/> with
/// <c>deliveryMode: expectReplies</c>, starting a new conversation when one ends, checking every answer.
/// </summary>
internal sealed class LoadDriver
{
    private readonly TimeSpan _warmup;
    private readonly TimeSpan _measure;

    public LoadDriver(TimeSpan warmup, TimeSpan measure)
    {
        _warmup = warmup;
        _measure = measure;
    }

    /// <summary>One measured slice against one server: every turn's latency, the errors, and the server's use.</summary>
    public async Task<Slice> RunAsync(ServerProcess server, int concurrency, bool echo)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = Timeout.InfiniteTimeSpan };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(_warmup.TotalSeconds * Stopwatch.Frequency);
        var measureTo = measureFrom + (long)(_measure.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(i => Task.Run(() => CustomerAsync(http, i, echo, measureFrom, measureTo))).ToArray();

        // Sample the server exactly at the window's edges.
        await DelayUntilAsync(measureFrom);
        server.ResetPeakMemory();
        var cpuBefore = server.CpuTime();
        await DelayUntilAsync(measureTo);
        var cpuAfter = server.CpuTime();
        var peak = server.PeakMemoryMb();
        var stats = await Task.WhenAll(workers);

        return new Slice(
            stats.SelectMany(s => s.Latencies).ToArray(),
            stats.Sum(s => s.Errors),
            _measure,
            cpuAfter - cpuBefore,
            peak,
            stats.Select(s => s.FirstError).FirstOrDefault(e => e is not null));
    }

    /// <summary>Slices of one target at one concurrency, taken in turns with the other targets, as one result.</summary>
    public static LevelResult Combine(string target, int concurrency, IReadOnlyList<Slice> slices)
    {
        var latencies = slices.SelectMany(s => s.Latencies).Order().ToArray();
        var turns = latencies.Length;
        var seconds = slices.Sum(s => s.Measured.TotalSeconds);
        return new LevelResult(
            target,
            concurrency,
            turns,
            slices.Sum(s => s.Errors),
            turns / seconds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.90),
            Percentile(latencies, 0.99),
            turns == 0 ? 0 : slices.Sum(s => s.ServerCpu.TotalMilliseconds) / turns,
            slices.Max(s => s.PeakMemoryMb),
            slices.Select(s => s.FirstError).FirstOrDefault(e => e is not null));
    }

    private static async Task<CustomerStats> CustomerAsync(HttpClient http, int customer, bool echo, long measureFrom, long measureTo)
    {
        var stats = new CustomerStats();
        for (var conversation = 0; Stopwatch.GetTimestamp() < measureTo; conversation++)
        {
            var conversationId = $"bench-{customer}-{conversation}-{Guid.NewGuid():N}";
            foreach (var (text, expect) in ScriptedCustomer.Turns)
            {
                var sent = Stopwatch.GetTimestamp();
                if (sent >= measureTo)
                {
                    break;
                }

                string? error;
                try
                {
                    error = await TurnAsync(http, conversationId, customer, text, echo ? text ?? expect : expect);
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    error = ex.Message;
                }

                var done = Stopwatch.GetTimestamp();
                if (sent >= measureFrom && done <= measureTo)
                {
                    stats.Latencies.Add(Stopwatch.GetElapsedTime(sent, done).TotalMilliseconds);
                    if (error is not null)
                    {
                        stats.Errors++;
                        stats.FirstError ??= error;
                    }
                }

                if (error is not null)
                {
                    break; // A conversation that went wrong cannot go on as scripted; start a new one.
                }
            }
        }

        return stats;
    }

    /// <summary>One whole scripted conversation, turn after turn; null when every answer was the expected kind.</summary>
    public static async Task<string?> RunConversationAsync(ServerProcess server, string conversationId, int customer)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Url), Timeout = TimeSpan.FromSeconds(30) };
        foreach (var (text, expect) in ScriptedCustomer.Turns)
        {
            if (await TurnAsync(http, conversationId, customer, text, expect) is { } error)
            {
                return error;
            }
        }

        return null;
    }

    /// <summary>One turn; null when the answer was the expected kind, otherwise what was wrong.</summary>
    private static async Task<string?> TurnAsync(HttpClient http, string conversationId, int customer, string? text, string expect)
    {
        var activity = new Activity(text is null ? ActivityTypes.ConversationUpdate : ActivityTypes.Message)
        {
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "webchat",
            ServiceUrl = "http://127.0.0.1:9/",
            Timestamp = DateTimeOffset.UtcNow,
            Locale = "en-US",
            DeliveryMode = DeliveryModes.ExpectReplies,
            Conversation = new ConversationAccount(id: conversationId),
            From = new ChannelAccount($"customer-{customer}", "Customer") { Role = RoleTypes.User },
            Recipient = new ChannelAccount("bot", "Bot") { Role = RoleTypes.Bot },
            Text = text,
            MembersAdded = text is null ? [new ChannelAccount("bot", "Bot"), new ChannelAccount($"customer-{customer}", "Customer")] : null,
        };

        using var content = new StringContent(BotJson.Serialize(activity), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/api/messages", content);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"HTTP {(int)response.StatusCode} on '{text ?? "(conversationUpdate)"}'";
        }

        var replies = JsonSerializer.Deserialize<ExpectedReplies>(await response.Content.ReadAsStreamAsync(), BotJson.Options);
        var said = string.Join(" | ", replies?.Activities?.Where(a => a.Type == ActivityTypes.Message).Select(a => a.Text) ?? []);
        if (said.Contains(TurnFailedApology, StringComparison.Ordinal))
        {
            // The bot answered, but only to say a step failed on its side: that is a failed turn, even if the expected words follow.
            return $"After '{text ?? "(conversationUpdate)"}' the bot apologized for a failure: '{said}'";
        }

        return said.Contains(expect, StringComparison.Ordinal) ? null : $"After '{text ?? "(conversationUpdate)"}' expected '{expect}', got '{said}'";
    }

    /// <summary>
    /// Words from the apology BotCare's turn error handler sends (TurnErrorHandler.Apology in BotCare.Web, which the bench
    /// does not reference because it drives the bot as a separate process).
    /// </summary>
    private const string TurnFailedApology = "something went wrong on our side";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static async Task DelayUntilAsync(long timestamp)
    {
        var remaining = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), timestamp);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining);
        }
    }

    internal sealed record Slice(double[] Latencies, int Errors, TimeSpan Measured, TimeSpan ServerCpu, double PeakMemoryMb, string? FirstError);

    private sealed class CustomerStats
    {
        public List<double> Latencies { get; } = [];

        public int Errors { get; set; }

        public string? FirstError { get; set; }
    }
}
