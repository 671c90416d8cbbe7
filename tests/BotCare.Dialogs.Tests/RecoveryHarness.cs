using BotCare.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Dialogs.Tests;

/// <summary>
/// The recovery bot on a test adapter, as it runs for real: Web Chat channel, transcript logging, state saved
/// after every turn (replies sent after the save) with its typed state cached between turns, sample orders, and a clock fixed at Monday 23 November 2026, 10:00 in New York.
/// </summary>
internal sealed class RecoveryHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Monday10Am = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public RecoveryHarness(RemedyPolicyOptions? policy = null, DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? Monday10Am);
        Contested = new ContestedStorage(Storage);
        ConversationState = new ConversationState(Contested, StateCache);
        Services = new RecoveryServices(
            new MessageUnderstander(ComplaintClassifier.Default),
            new RemedyPolicy(Options.Create(policy ?? new RemedyPolicyOptions())),
            new JsonFileOrderLookup(Path.Combine(AppContext.BaseDirectory, "SampleData", "orders.json"), Clock),
            new BusinessHours(Options.Create(new BusinessHoursOptions())),
            Cases,
            Fulfillment,
            Options.Create(new RecoveryOptions()),
            Clock,
            Transcripts,
            Commitments);
        Adapter = new TestAdapter(Channels.Webchat)
            .Use(new TranscriptLoggerMiddleware(Transcripts))
            .Use(new ConsistentTurnMiddleware(ConversationState));
        Bot = new RecoveryBot(ConversationState, Services);
    }

    public FakeTimeProvider Clock { get; }

    public MemoryStorage Storage { get; } = new();

    /// <summary>The conversations' typed state kept between turns, as the host keeps it.</summary>
    public BotStateCache StateCache { get; } = new(100);

    /// <summary>The conversation state the bot and the consistent-turn pipeline share, for a turn that looks at it as the bot does.</summary>
    public ConversationState ConversationState { get; }

    /// <summary>The bot's view of <see cref="Storage"/>, which can be made to lose the race to save, as against another instance.</summary>
    public ContestedStorage Contested { get; }

    /// <summary>The sample fulfillment, with every request it got.</summary>
    public RecordingFulfillment Fulfillment { get; } = new();

    public MemoryCaseStore Cases { get; } = new();

    public MemoryTranscriptStore Transcripts { get; } = new();

    public MemoryCommitmentStore Commitments { get; } = new();

    public RecoveryServices Services { get; }

    public TestAdapter Adapter { get; }

    public RecoveryBot Bot { get; }

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>The case of the test conversation, as saved for people to see.</summary>
    public async Task<Case> CaseAsync() =>
        await Cases.FindByConversationAsync(Adapter.Conversation.Conversation!.Id!)
        ?? throw new InvalidOperationException("No case was saved for the conversation.");

    /// <summary>Everything the bot said in the conversation, in order.</summary>
    public async Task<IReadOnlyList<string>> BotMessagesAsync()
    {
        var page = await Transcripts.GetTranscriptActivitiesAsync(Channels.Webchat, Adapter.Conversation.Conversation!.Id!);
        var all = new List<Activity>(page.Items.Cast<Activity>());
        while (page.ContinuationToken is not null)
        {
            page = await Transcripts.GetTranscriptActivitiesAsync(Channels.Webchat, Adapter.Conversation.Conversation!.Id!, page.ContinuationToken);
            all.AddRange(page.Items.Cast<Activity>());
        }

        return all.Where(a => a.From?.Role == RoleTypes.Bot && a.Type == ActivityTypes.Message).Select(a => a.Text ?? string.Empty).ToList();
    }

    /// <summary>
    /// The checks every conversation must pass: the playbook's tone (no "per our policy", no blame, short
    /// messages), and a case whose steps were recorded in the order they happened.
    /// </summary>
    public async Task VerifyAsync()
    {
        foreach (var message in await BotMessagesAsync())
        {
            Assert.DoesNotContain("policy", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("your fault", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("you should have", message, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("unfortunately", message, StringComparison.OrdinalIgnoreCase);
            Assert.True(message.Length <= 420, $"Too long for a chat message ({message.Length} characters): {message}");
        }

        foreach (var @case in await AllCasesAsync())
        {
            CaseAssert.TimesAscend(@case);
            Assert.NotEmpty(@case.Steps);
        }
    }

    /// <summary>
    /// With <c>BOTCARE_TRANSCRIPTS</c> set to a folder, writes the conversation there as plain text, so a person
    /// can read every test conversation the way a customer would have experienced it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        var folder = Environment.GetEnvironmentVariable("BOTCARE_TRANSCRIPTS");
        if (string.IsNullOrEmpty(folder))
        {
            return;
        }

        var conversation = TestContext.Current.TestMethod?.MethodName ?? "conversation";
        var page = await Transcripts.GetTranscriptActivitiesAsync(Channels.Webchat, Adapter.Conversation.Conversation!.Id!);
        var lines = new List<string>();
        while (true)
        {
            foreach (var activity in page.Items.Cast<Activity>())
            {
                var who = activity.From?.Role == RoleTypes.Bot ? "BotCare" : "Customer";
                lines.Add(activity.Type == ActivityTypes.Message ? $"{who}: {activity.Text}" : $"({who} sent {activity.Type} {activity.Name})");
            }

            if (page.ContinuationToken is null)
            {
                break;
            }

            page = await Transcripts.GetTranscriptActivitiesAsync(Channels.Webchat, Adapter.Conversation.Conversation!.Id!, page.ContinuationToken);
        }

        foreach (var @case in await AllCasesAsync())
        {
            lines.Add($"[case {@case.Status}; situation {@case.Situation}; steps {string.Join(" > ", @case.Steps.Select(s => s.Step))}]");
        }

        Directory.CreateDirectory(folder);
        await File.WriteAllLinesAsync(Path.Combine(folder, conversation + ".txt"), lines);
    }

    /// <summary>Every case saved for the test conversation, oldest first.</summary>
    public async Task<IReadOnlyList<Case>> AllCasesAsync() =>
        (await Cases.ListAsync(new CaseQuery())).OrderBy(c => c.CreatedAt).ThenBy(c => c.UpdatedAt).ToList();
}

/// <summary>Storage whose next saves fail as if another instance had saved the conversation first (nothing is written).</summary>
internal sealed class ContestedStorage(MemoryStorage inner) : IJsonDocumentStorage
{
    private int _conflicts;

    public void LoseNextSaves(int count) => Volatile.Write(ref _conflicts, count);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadAsync(keys, cancellationToken);

    public Task<IDictionary<string, StoredJson>> ReadJsonAsync(string[] keys, CancellationToken cancellationToken = default) => inner.ReadJsonAsync(keys, cancellationToken);

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        Interlocked.Decrement(ref _conflicts) >= 0
            ? throw new ETagConflictException("Another instance saved the conversation first.")
            : inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => inner.DeleteAsync(keys, cancellationToken);
}

/// <summary>The record-only fulfillment, keeping the idempotency key of every request.</summary>
internal sealed class RecordingFulfillment : IRemedyFulfillment
{
    private readonly RecordOnlyRemedyFulfillment _inner = new();
    private readonly List<string> _keys = [];

    public IReadOnlyList<string> Keys
    {
        get
        {
            lock (_keys)
            {
                return [.. _keys];
            }
        }
    }

    public Task<string> ExecuteAsync(Case @case, RemedyItem item, string idempotencyKey, CancellationToken cancellationToken = default)
    {
        lock (_keys)
        {
            _keys.Add(idempotencyKey);
        }

        return _inner.ExecuteAsync(@case, item, idempotencyKey, cancellationToken);
    }
}
