using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BotCare.Handoff.Tests;

/// <summary>What a waiting customer is told: an honest place and wait, updates as the line moves, and a way out.</summary>
public sealed class WaitingTests
{
    // A Monday, 10:00 UTC, with business hours 9 to 17 UTC.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));
    private readonly MemoryStorage _storage = new();
    private readonly MemoryEscalationQueue _queue = new();
    private readonly RecordingAgentNotifier _notifier = new();
    private readonly AgentDirectory _directory;
    private readonly HandoffOptions _options = new();
    private readonly WaitEstimator _estimator;

    public WaitingTests()
    {
        _directory = new AgentDirectory(_storage);
        var hours = new BusinessHours(Options.Create(new BusinessHoursOptions { TimeZone = "UTC" }));
        _estimator = new WaitEstimator(_queue, _directory, hours, _options);
    }

    [Fact]
    public async Task TheWaitComesFromWhoIsOnlineWithTheSkillAndTheirFreeSeats()
    {
        var now = _time.GetUtcNow();
        Assert.Equal(new WaitEstimate(1, null, Staffed: false, Open: true), await _estimator.EstimateAsync("billing", 1, now));

        await OnlineAsync("ana", "billing", capacity: 1);
        await OnlineAsync("ben", "delivery", capacity: 3);
        Assert.Equal(2, (await _estimator.EstimateAsync("billing", 1, now)).Minutes);

        // Second in line for billing: ana's one seat takes the first, so this one waits for a chat to finish.
        Assert.Equal(2 + 8, (await _estimator.EstimateAsync("billing", 2, now)).Minutes);

        await _directory.SaveAsync(new AgentAccount { Id = "sue", DisplayName = "Sue", Role = AgentRole.Supervisor, Presence = AgentPresence.Online, Capacity = 1 });
        Assert.Equal(2, (await _estimator.EstimateAsync("billing", 2, now)).Minutes);
        Assert.False((await _estimator.EstimateAsync("billing", 1, now.AddHours(10))).Open);
    }

    [Fact]
    public async Task WithNobodyOnlineTheCustomerIsToldSoAndOfferedToBeContactedLater()
    {
        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(reply =>
            {
                Assert.Equal(HandoffResponses.InQueue(new WaitEstimate(1, null, Staffed: false, Open: true), offerLater: true), ((Activity)reply).Text);
                Assert.Equal([HandoffResponses.ContactMeLater, HandoffResponses.KeepWaiting], ((Activity)reply).SuggestedActions!.Actions!.Select(a => a.Title));
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task WithSomeoneFreeTheCustomerHearsAShortWaitAndNoOffer()
    {
        await OnlineAsync("ana", "service", capacity: 2);

        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(reply =>
            {
                Assert.Equal("You're next in line for a person. The wait should be about 2 minutes. Keep writing if anything comes to mind: it goes straight to them.", ((Activity)reply).Text);
                Assert.Null(((Activity)reply).SuggestedActions);
            })
            .StartTestAsync();
    }

    [Fact]
    public async Task ChoosingToBeContactedLaterLeavesTheQueueAndTheDialogsPromiseATime()
    {
        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(reply => Assert.NotNull(((Activity)reply).SuggestedActions))
            .Send(HandoffResponses.ContactMeLater)
            .AssertReply($"dialogs heard: {HandoffStates.Failed}, {HandoffReasons.ContactLater}")
            .Test("hello again", "bot heard: hello again")
            .StartTestAsync();

        Assert.Equal(QueueStatus.Closed, (await _queue.GetAsync("convo1"))!.Status);
        Assert.Equal((ConversationOwner.Queued, ConversationOwner.Bot, "customer", HandoffReasons.ContactLater), (_notifier.Changes[^1].From, _notifier.Changes[^1].To, _notifier.Changes[^1].By, _notifier.Changes[^1].Why));
        Assert.DoesNotContain(_notifier.Messages, m => m.Text == HandoffResponses.ContactMeLater);
    }

    [Fact]
    public async Task ChoosingToWaitKeepsThePlaceAndLaterMessagesStillGoToPeople()
    {
        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(reply => Assert.NotNull(((Activity)reply).SuggestedActions))
            .Send(HandoffResponses.KeepWaiting)
            .AssertReply(HandoffResponses.StillInLine)
            .Send("it's the second time this happened")
            .AssertNoReply(timeout: 200)
            .StartTestAsync();

        Assert.Equal(QueueStatus.Waiting, (await _queue.GetAsync("convo1"))!.Status);
        Assert.Equal(["it's the second time this happened"], _notifier.Messages.Select(m => m.Text));
    }

    [Fact]
    public async Task AWaitingCustomerIsToldWhenTheirPlaceChangesOnceAndNeverAfterAnAgentHasThem()
    {
        await OnlineAsync("ana", "service", capacity: 1);
        var first = Adapter("first");
        var second = Adapter("second");
        await new TestFlow(first, Bot).Send("a person please").AssertReply("Passing you to a person.").AssertReply(_ => { }).StartTestAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        await new TestFlow(second, Bot).Send("a person please").AssertReply("Passing you to a person.").AssertReply(reply => Assert.StartsWith("You're number 2 in line", ((Activity)reply).Text, StringComparison.Ordinal)).StartTestAsync();
        var announcements = new QueueAnnouncements(_queue, new Turns(first, second), new ConversationState(_storage), _estimator, _options, _time);

        Assert.Equal(0, await announcements.AnnounceAsync());

        await _queue.TryAssignAsync("first", "ana", _time.GetUtcNow());
        Assert.Equal(1, await announcements.AnnounceAsync());
        Assert.Equal(HandoffResponses.Moved(new WaitEstimate(1, 10, Staffed: true, Open: true), offerLater: false), (await second.GetNextReplyAsync()).Text);
        Assert.Equal(0, await announcements.AnnounceAsync());
        Assert.Equal(0, await new QueueAnnouncements(_queue, new Turns(first, second), new ConversationState(_storage), _estimator, _options, _time).AnnounceAsync());
        Assert.Null(first.GetNextReply());
    }

    private async Task OnlineAsync(string id, string skill, int capacity) =>
        await _directory.SaveAsync(new AgentAccount { Id = id, DisplayName = id, Skills = [skill], Capacity = capacity, Presence = AgentPresence.Online });

    private TestAdapter Adapter(string conversation = "convo1")
    {
        var conversationState = new ConversationState(_storage);
        return new TestAdapter(TestAdapter.CreateConversation(conversation))
            .Use(new AutoSaveStateMiddleware(conversationState))
            .Use(new HandoffRoutingMiddleware(conversationState, _notifier, new HandoffQueueing(_queue, _options, _estimator), _time));
    }

    private static async Task Bot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text == "a person please")
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Passing you to a person."), cancellationToken);
            await turnContext.SendActivityAsync(EventFactory.CreateHandoffInitiation(turnContext, new CaseBrief { CaseId = $"case-{activity.Conversation!.Id}", Reason = EscalationReason.CustomerAsked }), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"bot heard: {activity.Text}"), cancellationToken);
        }
        else if (BotJson.Convert<HandoffStatus>(activity.Value) is { } status)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"dialogs heard: {status.State}, {status.Message}"), cancellationToken);
        }
    }

    /// <summary>Proactive turns on whichever test adapter holds the conversation.</summary>
    private sealed class Turns(params TestAdapter[] adapters) : IConversationTurns
    {
        public Task RunAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
            adapters.Single(a => a.Conversation.Conversation!.Id == continuation.Conversation!.Id).ContinueConversationAsync(null, continuation, callback, cancellationToken);
    }
}
