using BotCare.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Dialogs.Tests;

/// <summary>
/// The recovery bot on a test adapter, as it runs for real: Web Chat channel, transcript logging, state saved
/// after every turn, sample orders, and a clock fixed at Monday 23 November 2026, 10:00 in New York.
/// </summary>
internal sealed class RecoveryHarness
{
    public static readonly DateTimeOffset Monday10Am = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    public RecoveryHarness(RemedyPolicyOptions? policy = null, DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? Monday10Am);
        var conversationState = new ConversationState(Storage);
        Services = new RecoveryServices(
            new MessageUnderstander(ComplaintClassifier.Default),
            new RemedyPolicy(Options.Create(policy ?? new RemedyPolicyOptions())),
            new JsonFileOrderLookup(Path.Combine(AppContext.BaseDirectory, "SampleData", "orders.json"), Clock),
            new BusinessHours(Options.Create(new BusinessHoursOptions())),
            Cases,
            new RecordOnlyRemedyFulfillment(),
            Options.Create(new RecoveryOptions()),
            Clock,
            Transcripts);
        Adapter = new TestAdapter(Channels.Webchat)
            .Use(new TranscriptLoggerMiddleware(Transcripts))
            .Use(new AutoSaveStateMiddleware(conversationState));
        Bot = new RecoveryBot(conversationState, Services);
    }

    public FakeTimeProvider Clock { get; }

    public MemoryStorage Storage { get; } = new();

    public MemoryCaseStore Cases { get; } = new();

    public MemoryTranscriptStore Transcripts { get; } = new();

    public RecoveryServices Services { get; }

    public TestAdapter Adapter { get; }

    public RecoveryBot Bot { get; }

    public TestFlow Flow() => new(Adapter, Bot);

    /// <summary>The case of the test conversation, as saved for people to see.</summary>
    public async Task<Case> CaseAsync() =>
        await Cases.FindByConversationAsync(Adapter.Conversation.Conversation!.Id!)
        ?? throw new InvalidOperationException("No case was saved for the conversation.");

    /// <summary>Every case saved for the test conversation, oldest first.</summary>
    public async Task<IReadOnlyList<Case>> AllCasesAsync() =>
        (await Cases.ListAsync(new CaseQuery())).OrderBy(c => c.CreatedAt).ThenBy(c => c.UpdatedAt).ToList();
}
