using BotCare.Cases;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Web.Tests.FollowUps;

/// <summary>
/// The follow-up scheduler with the real bot, on the website's Direct Line channel and a fake clock: a replacement agreed
/// on Monday is followed up on Thursday at 10 am, on the customer's own conversation, once, and never at night.
/// </summary>
public sealed class FollowUpSchedulerTests : IAsyncDisposable
{
    /// <summary>Monday 23 November 2026, 10:00 in New York (the sample company's time zone).</summary>
    private static readonly DateTimeOffset Monday10Am = new(2026, 11, 23, 15, 0, 0, TimeSpan.Zero);

    /// <summary>When the replacement agreed on Monday is followed up: Thursday 10:00 in New York.</summary>
    private static readonly DateTimeOffset Thursday10Am = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    private const string CheckInStart = "Hello again. When we spoke on Monday 23 November about your order 10042";

    private readonly FakeTimeProvider _clock = new(Monday10Am);
    private readonly BotCareApp _app = new();
    private DirectLineTestClient? _directLine;

    public FollowUpSchedulerTests()
    {
        _app.Settings["FollowUps:Enabled"] = "false";
        _app.ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    /// <summary>Created at first use, which starts the app: a test changes settings before.</summary>
    private DirectLineTestClient Client => _directLine ??= new DirectLineTestClient(_app);

    private FollowUpScheduler Scheduler => _app.Services.GetRequiredService<FollowUpScheduler>();

    private ICommitmentStore Ledger => _app.Services.GetRequiredService<ICommitmentStore>();

    /// <summary>The playbook's replacement conversation on Monday, through to its closing words.</summary>
    private async Task<DirectLineConversationResponse> ResolvedAsync(string product = "headphones")
    {
        var conversation = await Client.StartAsync();
        foreach (var said in new[] { $"the {product} from order 10042 stopped charging", "no", "yes", "i just want ones that work", "yes please", "no" })
        {
            await Client.PostMessageAsync(conversation, said, $"c-{Guid.NewGuid():n}");
        }

        Assert.Contains(await BotSaidAsync(conversation), text => text.StartsWith("Done: the replacement", StringComparison.Ordinal));
        return conversation;
    }

    /// <summary>
    /// The conversation's Direct Line log read with a token issued now, as an open chat page holds one (DirectLineJS
    /// refreshes it): the first token expired days ago on the fake clock.
    /// </summary>
    private async Task<IReadOnlyList<string>> BotSaidAsync(DirectLineConversationResponse conversation)
    {
        var fresh = conversation with { Token = await TokenNowAsync(conversation) };
        var set = await Client.GetActivitiesAsync(fresh);
        return set.Activities.Where(a => a.Type == ActivityTypes.Message && a.From?.Role == RoleTypes.Bot).Select(a => a.Text ?? string.Empty).ToList();
    }

    private async Task<string> TokenNowAsync(DirectLineConversationResponse conversation)
    {
        var @case = await CaseAsync(conversation);
        return _app.Services.GetRequiredService<DirectLineTokens>().Issue(conversation.ConversationId!, @case.Customer.Id);
    }

    private async Task<Case> CaseAsync(DirectLineConversationResponse conversation) =>
        await _app.Services.GetRequiredService<ICaseStore>().FindByConversationAsync(conversation.ConversationId!)
        ?? throw new InvalidOperationException("No case for the conversation.");

    private async Task<Commitment> FollowUpOfAsync(DirectLineConversationResponse conversation) =>
        Assert.Single(await Ledger.ListAsync(new CommitmentQuery { Kind = CommitmentKind.FollowUp, CaseId = (await CaseAsync(conversation)).Id }));

    [Fact]
    public async Task TheCheckInGoesOutOnTheCustomersOwnConversationWhenDueAndOnlyOnce()
    {
        var conversation = await ResolvedAsync();
        var commitment = await FollowUpOfAsync(conversation);
        Assert.Equal(Thursday10Am, commitment.DueAt);

        _clock.SetUtcNow(Thursday10Am.AddMinutes(-1));
        Assert.Empty((await Scheduler.RunDueAsync()).Sent);
        Assert.DoesNotContain(await BotSaidAsync(conversation), text => text.StartsWith(CheckInStart, StringComparison.Ordinal));

        _clock.SetUtcNow(Thursday10Am);
        Assert.Equal([commitment.Id], (await Scheduler.RunDueAsync()).Sent);
        Assert.StartsWith(CheckInStart, (await BotSaidAsync(conversation))[^1], StringComparison.Ordinal);
        var kept = await Ledger.GetAsync(commitment.Id);
        Assert.Equal(CommitmentStatus.Kept, kept!.Status);
        Assert.Equal(Thursday10Am, kept.CompletedAt);

        _clock.Advance(TimeSpan.FromHours(2));
        var again = await Scheduler.RunDueAsync();
        Assert.Empty(again.Sent);
        Assert.Single(await BotSaidAsync(conversation), text => text.StartsWith(CheckInStart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheCustomersAnswerDaysLaterContinuesTheCheckInAndTheRatingLandsOnTheCase()
    {
        var conversation = await ResolvedAsync();
        _clock.SetUtcNow(Thursday10Am);
        await Scheduler.RunDueAsync();
        _clock.Advance(TimeSpan.FromMinutes(20));
        var fresh = conversation with { Token = await TokenNowAsync(conversation) };
        foreach (var said in new[] { "Yes, all sorted", "5", "they work perfectly" })
        {
            await Client.PostMessageAsync(fresh, said, $"c-{Guid.NewGuid():n}");
        }

        Assert.Equal("Thank you, that's good to hear. Have a lovely day.", (await BotSaidAsync(conversation))[^1]);
        var @case = await CaseAsync(conversation);
        Assert.Equal(5, @case.Csat!.Score);
        Assert.Equal("they work perfectly", @case.Csat.Comment);
        Assert.Equal(FollowUpAnswer.Satisfied, Assert.Single(@case.FollowUps).Answer);
        Assert.Equal(CaseStatus.Closed, @case.Status);
    }

    [Fact]
    public async Task AFollowUpDueInTheQuietHoursWaitsForTheMorning()
    {
        var conversation = await ResolvedAsync();
        var commitment = await FollowUpOfAsync(conversation);

        // Thursday 9 pm in New York: the scheduler was down all day, and it is too late to message anyone now.
        var thursday9Pm = new DateTimeOffset(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);
        _clock.SetUtcNow(thursday9Pm);
        var night = await Scheduler.RunDueAsync();

        Assert.Equal([commitment.Id], night.Deferred);
        var friday9Am = new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero);
        var waiting = await Ledger.GetAsync(commitment.Id);
        Assert.Equal(friday9Am, waiting!.DueAt);
        Assert.Equal(CommitmentStatus.Open, waiting.Status);
        Assert.Equal(0, waiting.DeliveryAttempts);
        Assert.DoesNotContain(await BotSaidAsync(conversation), text => text.StartsWith(CheckInStart, StringComparison.Ordinal));

        _clock.SetUtcNow(friday9Am);
        Assert.Equal([commitment.Id], (await Scheduler.RunDueAsync()).Sent);
    }

    [Fact]
    public async Task TwoSchedulersRunningAtOnceSendEachFollowUpOnce()
    {
        var conversations = new[] { await ResolvedAsync(), await ResolvedAsync("earbuds") };
        var other = ActivatorUtilities.CreateInstance<FollowUpScheduler>(_app.Services);
        _clock.SetUtcNow(Thursday10Am);

        var passes = await Task.WhenAll(Scheduler.RunDueAsync(), other.RunDueAsync());

        var sent = passes.SelectMany(p => p.Sent).ToList();
        Assert.Equal(2, sent.Count);
        Assert.Equal(2, sent.Distinct().Count());
        foreach (var conversation in conversations)
        {
            Assert.Single(await BotSaidAsync(conversation), text => text.StartsWith(CheckInStart, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task ACaseGetsOneFollowUpUnlessConfiguredOtherwise()
    {
        var conversation = await ResolvedAsync();
        var first = await FollowUpOfAsync(conversation);
        var second = await Ledger.AddAsync(new Commitment
        {
            Id = first.Id + "-again",
            Kind = CommitmentKind.FollowUp,
            What = "Check again",
            DueAt = first.DueAt.AddHours(1),
            CaseId = first.CaseId,
            ConversationId = first.ConversationId,
            CustomerId = first.CustomerId,
            ChannelId = first.ChannelId,
            ConversationReferenceJson = first.ConversationReferenceJson,
            CreatedAt = Monday10Am,
        });

        _clock.SetUtcNow(first.DueAt);
        Assert.Equal([first.Id], (await Scheduler.RunDueAsync()).Sent);
        _clock.SetUtcNow(second.DueAt);
        Assert.Equal([second.Id], (await Scheduler.RunDueAsync()).Dropped);

        Assert.Equal(CommitmentStatus.Cancelled, (await Ledger.GetAsync(second.Id))!.Status);
        Assert.Single(await BotSaidAsync(conversation), text => text.StartsWith(CheckInStart, StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoMoreThanTheChannelsRateGoesOutInAMinuteAndTheRestFollowAfter()
    {
        _app.Settings["FollowUps:MaxPerMinutePerChannel"] = "1";
        var conversations = new[] { await ResolvedAsync(), await ResolvedAsync("earbuds") };
        _clock.SetUtcNow(Thursday10Am);

        var first = await Scheduler.RunDueAsync();
        Assert.Single(first.Sent);
        Assert.Single(first.Deferred);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = await Scheduler.RunDueAsync();
        Assert.Equal(first.Deferred, second.Sent);
        foreach (var conversation in conversations)
        {
            Assert.Single(await BotSaidAsync(conversation), text => text.StartsWith(CheckInStart, StringComparison.Ordinal));
        }
    }
}
