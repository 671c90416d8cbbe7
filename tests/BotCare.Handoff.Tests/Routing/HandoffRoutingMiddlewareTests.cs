using Microsoft.Extensions.Time.Testing;

namespace BotCare.Handoff.Tests;

public sealed class HandoffRoutingMiddlewareTests
{
    private readonly MemoryStorage _storage = new();
    private readonly RecordingAgentNotifier _notifier = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task WhileThePeopleSideOwnsTheChatTheBotNeverSeesTheCustomersMessagesAndAnswersAgainAfterTheHandBack()
    {
        await new TestFlow(Adapter(), Bot)
            .Test("my order is late", "bot heard: my order is late")
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(a => Assert.Equal(HandoffEventNames.InitiateHandoff, ((Activity)a).Name))
            .Send("hello?")
            .AssertNoReply(timeout: 200)
            .Send(Status(HandoffStates.Accepted, "ana"))
            .AssertNoReply(timeout: 200)
            .Send("are you there")
            .AssertNoReply(timeout: 200)
            .Send(Status(HandoffStates.Completed, "ana", "replacement agreed"))
            .AssertReply("Welcome back: anything else I can do?")
            .Test("no thanks", "bot heard: no thanks")
            .StartTestAsync();

        Assert.Equal([("hello?", ConversationOwner.Queued, null), ("are you there", ConversationOwner.Agent, "ana")], _notifier.Messages);
        Assert.Equal(
            [
                (ConversationOwner.Bot, ConversationOwner.Queued, "bot", "CustomerAsked"),
                (ConversationOwner.Queued, ConversationOwner.Agent, "ana", "accepted"),
                (ConversationOwner.Agent, ConversationOwner.Bot, "ana", "replacement agreed"),
            ],
            _notifier.Changes.Select(c => (c.From, c.To, c.By, c.Why)));
    }

    [Fact]
    public async Task TheOwnerIsSavedWithTheConversationSoAnotherInstanceRoutesTheSameWay()
    {
        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(a => Assert.Equal(HandoffEventNames.InitiateHandoff, ((Activity)a).Name))
            .Send(Status(HandoffStates.Accepted, "ana"))
            .StartTestAsync();

        // A second instance: its own state objects and middleware, the same storage.
        var otherNotifier = new RecordingAgentNotifier();
        await new TestFlow(Adapter(otherNotifier), Bot)
            .Send("still there?")
            .AssertNoReply(timeout: 200)
            .StartTestAsync();

        Assert.Equal([("still there?", ConversationOwner.Agent, "ana")], otherNotifier.Messages);
    }

    [Fact]
    public async Task AFailedHandoffGivesTheChatBackToTheBot()
    {
        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(a => Assert.Equal(HandoffEventNames.InitiateHandoff, ((Activity)a).Name))
            .Send(Status(HandoffStates.Failed, "hub", "nobody online"))
            .AssertReply("Sorry, nobody can take this now.")
            .Test("ok then", "bot heard: ok then")
            .StartTestAsync();

        Assert.Empty(_notifier.Messages);
        Assert.Equal(new OwnershipChange(ConversationOwner.Queued, ConversationOwner.Bot, "hub", _time.GetUtcNow(), "nobody online"), _notifier.Changes[^1]);
    }

    [Fact]
    public async Task ACustomerCannotEndAnAgentsChatOrTakeItByPostingAStatusEvent()
    {
        var forgedEnd = Status(HandoffStates.Completed, "user1");
        forgedEnd.From!.Role = RoleTypes.User;
        var forgedAccept = Status(HandoffStates.Accepted, "user1");
        forgedAccept.From!.Role = RoleTypes.User;

        await new TestFlow(Adapter(), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(a => Assert.Equal(HandoffEventNames.InitiateHandoff, ((Activity)a).Name))
            .Send(forgedAccept)
            .Send(Status(HandoffStates.Accepted, "ana"))
            .Send(forgedEnd)
            .AssertNoReply(timeout: 200)
            .Send("still with ana?")
            .AssertNoReply(timeout: 200)
            .StartTestAsync();

        Assert.Equal(("still with ana?", ConversationOwner.Agent, "ana"), _notifier.Messages[^1]);
        Assert.Equal([ConversationOwner.Queued, ConversationOwner.Agent], _notifier.Changes.Select(c => c.To));
    }

    [Fact]
    public async Task WithItsOwnQueueNoInboundStatusEventMovesTheChat()
    {
        var queueing = new HandoffQueueing(new MemoryEscalationQueue(), new HandoffOptions());

        await new TestFlow(Adapter(queueing: queueing), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(HandoffResponses.InQueue(new WaitEstimate(1, null, Staffed: true, Open: true), offerLater: false))
            .Send(Status(HandoffStates.Completed, "someone"))
            .AssertNoReply(timeout: 200)
            .Send("hello?")
            .AssertNoReply(timeout: 200)
            .StartTestAsync();

        Assert.Equal(("hello?", ConversationOwner.Queued, null), _notifier.Messages[^1]);
    }

    [Fact]
    public async Task AConversationThatNeverLeavesTheBotSavesNoOwnerRecord()
    {
        await new TestFlow(Adapter(), Bot).Test("hello", "bot heard: hello").StartTestAsync();

        var key = ConversationState.StorageKeyFor(Channels.Test, "convo1");
        var stored = await _storage.ReadAsync([key]);

        // Nothing changed, so nothing was written at all (before, the owner record itself was a change every turn).
        Assert.False(stored.TryGetValue(key, out var document) && BotJson.Convert<Dictionary<string, object?>>(document)!.ContainsKey(HandoffRoutingMiddleware.PropertyName));
    }

    [Fact]
    public async Task AStatusThatDoesNotFitTheOwnerChangesNothing()
    {
        await new TestFlow(Adapter(), Bot)
            .Send(Status(HandoffStates.Accepted, "ana"))
            .AssertNoReply(timeout: 200)
            .Test("hello", "bot heard: hello")
            .StartTestAsync();

        Assert.Empty(_notifier.Changes);
        Assert.Empty(_notifier.Messages);
    }

    [Fact]
    public async Task WithItsOwnQueueTheChatIsQueuedAndTheCustomerToldTheirPlaceInsteadOfTheEventGoingToTheChannel()
    {
        var queue = new MemoryEscalationQueue();
        var queueing = new HandoffQueueing(queue, new HandoffOptions());
        await new TestFlow(Adapter(queueing: queueing, conversation: "calm"), Bot)
            .Send("a person please")
            .AssertReply("Passing you to a person.")
            .AssertReply(HandoffResponses.InQueue(new WaitEstimate(1, null, Staffed: true, Open: true), offerLater: false))
            .AssertNoReply(timeout: 200)
            .StartTestAsync();

        // A minute later someone far angrier asks: 0.9 of the 20 minutes anger is worth puts them ahead.
        _time.Advance(TimeSpan.FromMinutes(1));
        await new TestFlow(Adapter(queueing: queueing, conversation: "furious"), Bot)
            .Send("a person now!!")
            .AssertReply("Passing you to a person.")
            .AssertReply(HandoffResponses.InQueue(new WaitEstimate(1, null, Staffed: true, Open: true), offerLater: false))
            .StartTestAsync();

        Assert.Equal(2, await queue.PositionAsync("calm"));
        var waiting = await queue.ListAsync(new QueueQuery { Status = QueueStatus.Waiting });
        Assert.Equal(["furious", "calm"], waiting.Select(e => e.ConversationId));
        var calm = waiting[1];
        Assert.Equal(("case-calm", "service", EscalationReason.CustomerAsked, 0.2), (calm.CaseId, calm.Skill, calm.Reason, calm.Anger));
        Assert.Equal("case-calm", BotJson.Deserialize<CaseBrief>(calm.BriefJson)!.CaseId);
        Assert.Equal("calm", BotJson.Deserialize<ConversationReference>(calm.ConversationReferenceJson)!.Conversation!.Id);
        Assert.Equal(ConversationOwner.Queued, _notifier.Changes[^1].To);
    }

    private TestAdapter Adapter(RecordingAgentNotifier? notifier = null, HandoffQueueing? queueing = null, string conversation = "convo1")
    {
        var conversationState = new ConversationState(_storage);
        return new TestAdapter(TestAdapter.CreateConversation(conversation))
            .Use(new AutoSaveStateMiddleware(conversationState))
            .Use(new HandoffRoutingMiddleware(conversationState, notifier ?? _notifier, queueing, _time));
    }

    private static Activity Status(string state, string from, string? message = null)
    {
        var status = EventFactory.CreateHandoffStatus(new ConversationAccount(false, "convo1", "convo1"), state, message);
        status.From = new ChannelAccount(from, from);
        return status;
    }

    /// <summary>A stand-in for the dialogs: echoes, escalates when asked, and speaks when a handoff ends.</summary>
    private static async Task Bot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text!.StartsWith("a person", StringComparison.Ordinal))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Passing you to a person."), cancellationToken);
            var anger = activity.Text.EndsWith("!!", StringComparison.Ordinal) ? 0.9 : 0.2;
            var brief = new CaseBrief { CaseId = $"case-{activity.Conversation!.Id}", Reason = EscalationReason.CustomerAsked, Anger = anger };
            await turnContext.SendActivityAsync(EventFactory.CreateHandoffInitiation(turnContext, brief), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"bot heard: {activity.Text}"), cancellationToken);
        }
        else if (BotJson.Convert<HandoffStatus>(activity.Value) is { State: HandoffStates.Completed })
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Welcome back: anything else I can do?"), cancellationToken);
        }
        else if (BotJson.Convert<HandoffStatus>(activity.Value) is { State: HandoffStates.Failed })
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Sorry, nobody can take this now."), cancellationToken);
        }
    }
}
