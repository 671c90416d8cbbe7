using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Npgsql;

namespace BotCare.EndToEnd.Tests;

/// <summary>
/// Two BotCare processes on one PostgreSQL database behind an imagined load balancer: each conversation's messages
/// land on either instance in turn, and every conversation goes exactly as it would on one instance.
/// </summary>
public sealed class TwoInstanceTests : IAsyncLifetime
{
    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Database=botcare_test;Username=botcare;Password=botcare;Timeout=5";
    private const int Conversations = 8;

    private readonly string _schema = "twoinst_" + Guid.NewGuid().ToString("N");
    private readonly string _folderA = Directory.CreateTempSubdirectory("botcare-a-").FullName;
    private readonly string _folderB = Directory.CreateTempSubdirectory("botcare-b-").FullName;
    private string _connectionString = string.Empty;

    private static string Server => Environment.GetEnvironmentVariable("BOTCARE_TEST_POSTGRES") is { Length: > 0 } configured ? configured : DefaultServer;

    public async ValueTask InitializeAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA \"{_schema}\";", connection);
            await create.ExecuteNonQueryAsync();
            _connectionString = new NpgsqlConnectionStringBuilder(Server) { SearchPath = _schema }.ConnectionString;
        }
        catch (NpgsqlException ex)
        {
            var reason = $"PostgreSQL is not reachable ({ex.Message}); run scripts/postgres.sh.";
            if (RequiredServices.Required)
            {
                Assert.Fail(reason + " BOTCARE_REQUIRE_SERVICES=1, so this is a failure.");
            }

            Assert.Skip(reason);
        }
    }

    [Fact]
    public async Task ConversationsServedAlternatelyByTwoInstancesGoAsOnOne()
    {
        await using var a = await BotCareProcess.StartAsync(_folderA, BotCareProcess.FreePort(), _connectionString);
        await using var b = await BotCareProcess.StartAsync(_folderB, BotCareProcess.FreePort(), _connectionString);
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

        var said = new List<string>[Conversations];
        await Task.WhenAll(Enumerable.Range(0, Conversations).Select(async c =>
        {
            said[c] = [];
            for (var step = 0; step < RecoveryScript.Turns.Length; step++)
            {
                // Even conversations start on A, odd ones on B, and every message goes to the other instance.
                var http = (c + step) % 2 == 0 ? httpA : httpB;
                said[c].AddRange(await RecoveryScript.TurnAsync(http, "alternate", c, step) ?? throw new InvalidOperationException($"No answer at step {step}."));
            }
        }));

        var onOne = new List<string>();
        for (var step = 0; step < RecoveryScript.Turns.Length; step++)
        {
            onOne.AddRange(await RecoveryScript.TurnAsync(httpA, "single", 0, step) ?? []);
        }

        // The whole conversation went through, to the goodbye, without a failed step on the way (a failed step still
        // answers, with the apology, so comparing conversations alone would not show it).
        Assert.Contains("Your reference is RPL-10042-1.", string.Join(" ", onOne), StringComparison.Ordinal);
        Assert.Contains("Take care.", onOne[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(onOne, text => text.Contains("something went wrong", StringComparison.Ordinal));
        Assert.All(said, conversation => Assert.Equal(onOne, conversation));

        // Every conversation's promises reached the shared ledger: the follow-up is due in the company's time zone,
        // which PostgreSQL must be given as UTC.
        Assert.Equal(Conversations + 1, await CasesWithCommitmentsAsync());
    }

    private async Task<long> CasesWithCommitmentsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var count = new NpgsqlCommand("SELECT count(DISTINCT case_id) FROM commitments;", connection);
        return (long)(await count.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task AWebSocketHeldByOneInstanceGetsRepliesToMessagesPostedToTheOther()
    {
        // Streams re-read on a timer only every ten minutes here, so a reply inside the test's patience can only
        // have come through PostgreSQL LISTEN/NOTIFY.
        var settings = new Dictionary<string, string> { ["DirectLine__Secret"] = "shared-secret-" + _schema, ["DirectLine__StreamRecheckSeconds"] = "600" };
        await using var a = await BotCareProcess.StartAsync(_folderA, BotCareProcess.FreePort(), _connectionString, settings);
        await using var b = await BotCareProcess.StartAsync(_folderB, BotCareProcess.FreePort(), _connectionString, settings);
        using var httpA = new HttpClient { BaseAddress = a.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        using var httpB = new HttpClient { BaseAddress = b.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        httpA.DefaultRequestHeaders.Authorization = new("Bearer", settings["DirectLine__Secret"]);
        using var started = await httpA.PostAsync(new Uri("/v3/directline/conversations", UriKind.Relative), null);
        started.EnsureSuccessStatusCode();
        using var conversation = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var conversationId = conversation.RootElement.GetProperty("conversationId").GetString()!;
        var token = conversation.RootElement.GetProperty("token").GetString()!;
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri(conversation.RootElement.GetProperty("streamUrl").GetString()!), CancellationToken.None);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        Assert.NotEmpty(await BotTextsAsync(socket, 1, patience.Token));

        using var post = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{conversationId}/activities")
        {
            Content = new StringContent(
                """{"type":"message","from":{"id":"dl_customer","role":"user"},"text":"the headphones i ordered last week stopped charging after 2 days"}""",
                Encoding.UTF8,
                "application/json"),
        };
        post.Headers.Authorization = new("Bearer", token);
        using var posted = await httpB.SendAsync(post);
        posted.EnsureSuccessStatusCode();

        var replies = await BotTextsAsync(socket, 1, patience.Token);
        // The listening step's answer to this very message, written by B and pushed by A.
        Assert.Contains(replies, text => text.Contains("anything else", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Reads stream frames until <paramref name="count"/> bot messages arrived; returns their texts.</summary>
    private static async Task<List<string>> BotTextsAsync(ClientWebSocket socket, int count, CancellationToken cancellationToken)
    {
        var texts = new List<string>();
        var buffer = new byte[64 * 1024];
        while (texts.Count < count)
        {
            using var frame = new MemoryStream();
            WebSocketReceiveResult received;
            do
            {
                received = await socket.ReceiveAsync(buffer, cancellationToken);
                frame.Write(buffer, 0, received.Count);
            }
            while (!received.EndOfMessage);

            if (frame.Length == 0)
            {
                continue;
            }

            using var set = JsonDocument.Parse(frame.ToArray());
            foreach (var activity in set.RootElement.GetProperty("activities").EnumerateArray())
            {
                if (activity.GetProperty("type").GetString() == "message"
                    && activity.GetProperty("from").TryGetProperty("role", out var role) && role.GetString() == "bot"
                    && activity.TryGetProperty("text", out var text))
                {
                    texts.Add(text.GetString()!);
                }
            }
        }

        return texts;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connectionString.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(Server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA \"{_schema}\" CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }

        foreach (var folder in new[] { _folderA, _folderB })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }
}
