using BotCare.Cases;
using Microsoft.Extensions.Time.Testing;
using ChannelIds = BotCare.Builder.Channels;

namespace BotCare.Web.Tests.DataProtection;

/// <summary>Retention on a fake clock: the background sweep anonymizes what is past the period and nothing newer.</summary>
public sealed class RetentionTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero));
    private readonly BotCareApp _app = new();

    public RetentionTests()
    {
        _app.Settings["DataProtection:RetainClosedConversationsDays"] = "30";
        _app.Settings["DataProtection:RetentionCheckEvery"] = "01:00:00";
        _app.ConfigureServices = services => services.AddSingleton<TimeProvider>(_clock);
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task TheScheduledSweepAnonymizesConversationsPastRetentionKeepsTheirStatisticsAndLeavesNewerOnesAlone()
    {
        var zelda = new ComplainingCustomer(_app, "Zelda Quartermaine");
        await zelda.StartAsync();
        foreach (var text in new[] { "the headphones i ordered last week stopped charging after 2 days. the purple walrus sings at dawn", "no thats it", "10042", "yes", "i just want ones that work", "yes please", "test the batteries before shipping, and email zelda@example.com when you do" })
        {
            await zelda.SayAsync(text);
        }

        var idle = new ComplainingCustomer(_app, "Ida Idle");
        await idle.StartAsync();
        var zeldaCase = (await Cases.FindByConversationAsync(zelda.ConversationId))!;
        Assert.NotEmpty(await Commitments.ListAsync(new CommitmentQuery { CaseId = zeldaCase.Id }));

        _clock.Advance(TimeSpan.FromDays(20));
        var oskar = new ComplainingCustomer(_app, "Oskar Brightwater");
        await oskar.StartAsync();
        await oskar.SayAsync("my kettle arrived with a cracked lid, the green heron hums at midnight");
        _clock.Advance(TimeSpan.FromDays(11));
        var run = await SweptAtOrAfterAsync(_clock.GetUtcNow());

        Assert.Equal([zeldaCase.Id], run.AnonymizedCases);
        Assert.Equal(2, run.ConversationsDropped);
        var anonymized = (await Cases.GetAsync(zeldaCase.Id))!;
        Assert.StartsWith(CaseAnonymizer.PseudonymPrefix, anonymized.Customer.Id, StringComparison.Ordinal);
        Assert.Null(anonymized.Customer.Name);
        Assert.Equal((string.Empty, (string?)null), (anonymized.ConversationId, anonymized.OrderNumber));
        Assert.All(anonymized.Issues, issue => Assert.Equal(string.Empty, issue.Description));
        Assert.Equal(zeldaCase.Issues.Select(i => (i.Category, i.Product)), anonymized.Issues.Select(i => (i.Category, i.Product)));
        Assert.Equal(zeldaCase.Agreement!.Remedy.ToString(), anonymized.Agreement!.Remedy.ToString());
        Assert.Equal(zeldaCase.Commitments.Select(c => (c.Kind, c.Status, c.DueAt)), anonymized.Commitments.Select(c => (c.Kind, c.Status, c.DueAt)));
        Assert.Contains("test the batteries", anonymized.AvoidanceIdea, StringComparison.Ordinal);
        Assert.DoesNotContain("zelda", CaseJson.Serialize(anonymized), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("walrus", CaseJson.Serialize(anonymized), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("10042", CaseJson.Serialize(anonymized), StringComparison.Ordinal);

        foreach (var gone in new[] { zelda, idle })
        {
            Assert.Null(await DirectLine.GetAsync(gone.ConversationId));
            Assert.Empty((await Transcripts.GetTranscriptActivitiesAsync(ChannelIds.Directline, gone.ConversationId)).Items);
            Assert.Empty(await Storage.ReadAsync([ConversationState.StorageKeyFor(ChannelIds.Directline, gone.ConversationId)]));
        }

        Assert.Empty(await Commitments.ListAsync(new CommitmentQuery { CaseId = zeldaCase.Id }));
        Assert.NotNull(await DirectLine.GetAsync(oskar.ConversationId));
        Assert.Equal(oskar.UserId, (await Cases.FindByConversationAsync(oskar.ConversationId))!.Customer.Id);
        Assert.NotEmpty((await Transcripts.GetTranscriptActivitiesAsync(ChannelIds.Directline, oskar.ConversationId)).Items);
    }

    [Fact]
    public async Task RunningTheSweepAgainDoesNoMoreAndChangesNothing()
    {
        // Only the sweeps this test runs: the schedule would otherwise fire when the clock jumps.
        _app.Settings["DataProtection:RetentionCheckEvery"] = "3650.00:00:00";
        await Cases.SaveAsync(new Case { Id = "old", ConversationId = "c-old", Customer = new CustomerRef { Id = "u-old", Name = "Old Timer", ChannelId = ChannelIds.Msteams }, UpdatedAt = _clock.GetUtcNow() });
        await Cases.SaveAsync(new Case { Id = "older", ConversationId = "c-older", Customer = new CustomerRef { Id = "u-old", ChannelId = ChannelIds.Msteams }, UpdatedAt = _clock.GetUtcNow().AddDays(-1) });
        _clock.Advance(TimeSpan.FromDays(31));
        var sweep = _app.Services.GetRequiredService<RetentionSweep>();

        var first = await sweep.RunAsync("test");
        var once = CaseJson.Serialize((await Cases.GetAsync("old"))!);
        var second = await sweep.RunAsync("test");

        Assert.Equal(["older", "old"], first.AnonymizedCases);
        Assert.Empty(second.AnonymizedCases);
        Assert.Equal(once, CaseJson.Serialize((await Cases.GetAsync("old"))!));

        // One customer, one pseudonym: insights can still count a customer who came back.
        Assert.Equal((await Cases.GetAsync("old"))!.Customer.Id, (await Cases.GetAsync("older"))!.Customer.Id);
    }

    [Fact]
    public async Task ZeroDaysTurnsRetentionOff()
    {
        _app.Settings["DataProtection:RetainClosedConversationsDays"] = "0";
        await Cases.SaveAsync(new Case { Id = "kept", ConversationId = "c1", Customer = new CustomerRef { Id = "u1" }, UpdatedAt = _clock.GetUtcNow() });
        _clock.Advance(TimeSpan.FromDays(4000));

        var run = await _app.Services.GetRequiredService<RetentionSweep>().RunAsync("test");

        Assert.False(run.Enabled);
        Assert.Equal("u1", (await Cases.GetAsync("kept"))!.Customer.Id);
    }

    private ICaseStore Cases => _app.Services.GetRequiredService<ICaseStore>();

    private ICommitmentStore Commitments => _app.Services.GetRequiredService<ICommitmentStore>();

    private ITranscriptStore Transcripts => _app.Services.GetRequiredService<ITranscriptStore>();

    private DirectLineStore DirectLine => _app.Services.GetRequiredService<DirectLineStore>();

    private IStorage Storage => _app.Services.GetRequiredService<IStorage>();

    /// <summary>The background service's sweep that started at or after <paramref name="at"/>, once it has finished.</summary>
    private async Task<RetentionRun> SweptAtOrAfterAsync(DateTimeOffset at)
    {
        var sweep = _app.Services.GetRequiredService<RetentionSweep>();
        for (var i = 0; i < 250; i++)
        {
            if (await sweep.LastRunAsync() is { } run && run.StartedAt >= at && run.Trigger == "schedule")
            {
                return run;
            }

            await Task.Delay(20);
        }

        throw new TimeoutException("The scheduled retention sweep did not run.");
    }
}
