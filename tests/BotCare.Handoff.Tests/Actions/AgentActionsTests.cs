using Microsoft.Extensions.Time.Testing;

namespace BotCare.Handoff.Tests;

public sealed class AgentActionsTests
{
    private static readonly AgentAccount Ana = new() { Id = "ana", DisplayName = "Ana" };
    private static readonly AgentAccount Ben = new() { Id = "ben", DisplayName = "Ben" };
    private static readonly AgentAccount Sue = new() { Id = "sue", DisplayName = "Sue", Role = AgentRole.Supervisor };

    private readonly SwitchableStorage _storage = new();
    private readonly MemoryEscalationQueue _queue = new();
    private readonly RecordingAgentNotifier _notifier = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 10, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task AClaimGivesTheChatToOneAgentAndTellsTheCustomerWhoJoined()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);

        Assert.Equal(ClaimOutcome.Claimed, (await actions.ClaimAsync("convo1", Ana)).Outcome);
        Assert.Equal(ClaimOutcome.TakenByOther, (await actions.ClaimAsync("convo1", Ben)).Outcome);

        Assert.Equal(HandoffResponses.AgentJoined("Ana"), (await adapter.GetNextReplyAsync())?.Text);
        await new TestFlow(adapter, Bot).Send("are you a person?").AssertNoReply(timeout: 200).StartTestAsync();
        Assert.Equal(("are you a person?", ConversationOwner.Agent, "ana"), _notifier.Messages[^1]);
        Assert.Equal(("ana", QueueStatus.Assigned), ((await _queue.GetAsync("convo1"))!.AgentId, (await _queue.GetAsync("convo1"))!.Status));
    }

    [Fact]
    public async Task HandingBackResumesTheBotOnTheCompletedStatusAndClosesTheQueueEntry()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        Assert.False(await actions.HandBackAsync("convo1", Ben, "not mine"));
        Assert.True(await actions.HandBackAsync("convo1", Ana, "replacement agreed"));

        Assert.Equal("Welcome back: anything else I can do?", (await adapter.GetNextReplyAsync())?.Text);
        Assert.Equal(QueueStatus.Closed, (await _queue.GetAsync("convo1"))!.Status);
        Assert.Equal(new OwnershipChange(ConversationOwner.Agent, ConversationOwner.Bot, "ana", _time.GetUtcNow(), "replacement agreed"), _notifier.Changes[^1]);
        await new TestFlow(adapter, Bot).Test("thanks", "bot heard: thanks").StartTestAsync();
    }

    [Fact]
    public async Task OnlyTheAgentHoldingTheChatReachesTheCustomerAndTheyKnowAPersonWroteIt()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        Assert.False(await actions.SendAsync("convo1", Ana, "Hello?"));
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        Assert.False(await actions.SendAsync("convo1", Ben, "I'm not on this chat"));
        Assert.True(await actions.SendAsync("convo1", Ana, " I'm so sorry about the plates. "));

        Assert.Equal(ActivityTypes.Typing, (await adapter.GetNextReplyAsync()).Type);
        Assert.Equal("Ana: I'm so sorry about the plates.", (await adapter.GetNextReplyAsync()).Text);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task AReplyAfterTheHandBackNeverReachesTheCustomer()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        await actions.HandBackAsync("convo1", Ana, null);
        adapter.ActiveQueue.Clear();

        Assert.False(await actions.SendAsync("convo1", Ana, "one more thing"));
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task AClaimOfAChatWhoseCustomerIsNoLongerWaitingClosesTheStaleEntryAndSaysNothing()
    {
        var (adapter, actions) = Build();
        await _queue.EnqueueAsync(StaleEntry(adapter));

        Assert.Equal(ClaimOutcome.NoLongerWaiting, (await actions.ClaimAsync("convo1", Ana)).Outcome);

        Assert.Equal(QueueStatus.Closed, (await _queue.GetAsync("convo1"))!.Status);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task AReplyIsRefusedWhenTheConversationsOwnRecordNoLongerGivesTheChatToTheAgent()
    {
        var (adapter, actions) = Build();
        await _queue.EnqueueAsync(StaleEntry(adapter));
        await _queue.TryAssignAsync("convo1", "ana", _time.GetUtcNow());

        Assert.False(await actions.SendAsync("convo1", Ana, "hello"));

        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task AClaimWhoseTurnCouldNotBeSavedPutsTheChatBackInTheQueueAndSaysSo()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        _storage.FailWrites = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => actions.ClaimAsync("convo1", Ana));

        Assert.Equal(QueueStatus.Waiting, (await _queue.GetAsync("convo1"))!.Status);
    }

    [Fact]
    public async Task AHandBackWhoseTurnCouldNotBeSavedLeavesTheChatWithTheAgentInTheQueueToo()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        _storage.FailWrites = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => actions.HandBackAsync("convo1", Ana, "done"));

        var entry = (await _queue.GetAsync("convo1"))!;
        Assert.Equal((QueueStatus.Assigned, "ana"), (entry.Status, entry.AgentId));
    }

    [Fact]
    public async Task AClaimThatCannotReachTheConversationPutsTheChatBackInTheQueue()
    {
        var (adapter, _) = Build();
        await EscalateAsync(adapter);
        var broken = new AgentActions(_queue, new FailingTurns(), new ConversationState(_storage), _storage, new CallbackBot(Bot), _notifier, _time);

        await Assert.ThrowsAsync<InvalidOperationException>(() => broken.ClaimAsync("convo1", Ana));

        Assert.Equal(QueueStatus.Waiting, (await _queue.GetAsync("convo1"))!.Status);
    }

    [Fact]
    public async Task AClaimBeyondTheAgentsCapacityLeavesTheChatWaitingAndTellsTheCustomerNothing()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        var full = new AgentAccount { Id = "ana", DisplayName = "Ana", Capacity = 1 };
        var other = StaleEntry(adapter);
        other.ConversationId = "other";
        await _queue.EnqueueAsync(other);
        await _queue.TryAssignAsync("other", "ana", _time.GetUtcNow());

        Assert.Equal(ClaimOutcome.AtCapacity, (await actions.ClaimAsync("convo1", full)).Outcome);

        Assert.Equal(QueueStatus.Waiting, (await _queue.GetAsync("convo1"))!.Status);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task ATransferGivesTheChatToTheOtherAgentWhoAloneReachesTheCustomerThen()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        Assert.False(await actions.TransferAsync("convo1", Ben, Ana));
        Assert.False(await actions.TransferAsync("convo1", Ana, Ana));
        Assert.True(await actions.TransferAsync("convo1", Ana, Ben));

        Assert.Equal(HandoffResponses.Transferred("Ana", "Ben"), (await adapter.GetNextReplyAsync())?.Text);
        Assert.Equal(("ben", QueueStatus.Assigned), ((await _queue.GetAsync("convo1"))!.AgentId, (await _queue.GetAsync("convo1"))!.Status));
        Assert.Equal("ben", (await actions.ReadAsync(adapter.Conversation.ChannelId!, "convo1")).Ownership!.AgentId);
        Assert.Equal(new OwnershipChange(ConversationOwner.Agent, ConversationOwner.Agent, "ana", _time.GetUtcNow(), "transferred", "ben"), _notifier.Changes[^1]);
        Assert.False(await actions.SendAsync("convo1", Ana, "still here?"));
        Assert.True(await actions.SendAsync("convo1", Ben, "Hi, Ben here."));
    }

    [Fact]
    public async Task ATransferWhoseTurnCouldNotBeSavedLeavesTheChatWithTheFirstAgent()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        _storage.FailWrites = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() => actions.TransferAsync("convo1", Ana, Ben));

        Assert.Equal("ana", (await _queue.GetAsync("convo1"))!.AgentId);
    }

    [Fact]
    public async Task ClosingTellsTheCustomerEndsTheDialogsOnTheClosedStatusAndTheNextMessageReachesTheBot()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        Assert.False(await actions.CloseAsync("convo1", Ben, "resolved"));
        Assert.True(await actions.CloseAsync("convo1", Ana, "resolved"));

        var farewell = await adapter.GetNextReplyAsync();
        Assert.Equal(HandoffResponses.Closed("Ana"), farewell.Text);
        Assert.Equal("ana", AgentAuthorship.Of(farewell)?.AgentId);
        Assert.Equal("bot saw the chat closed: resolved", (await adapter.GetNextReplyAsync())?.Text);
        Assert.Equal(QueueStatus.Closed, (await _queue.GetAsync("convo1"))!.Status);
        Assert.Equal((ConversationOwner.Agent, ConversationOwner.Closed, "resolved"), (_notifier.Changes[^1].From, _notifier.Changes[^1].To, _notifier.Changes[^1].Why));
        await new TestFlow(adapter, Bot).Test("one more question", "bot heard: one more question").StartTestAsync();
    }

    [Fact]
    public async Task NotesStayWithTheConversationAndNeverReachTheCustomer()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        Assert.Null(await actions.AddNoteAsync("convo1", Ana, "not mine yet"));
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        var note = await actions.AddNoteAsync("convo1", Ana, " Customer is a long-time buyer; be generous. ");
        var supervisorNote = await actions.AddNoteAsync("convo1", Sue, "Approved up to $200.");

        Assert.Null(await actions.AddNoteAsync("convo1", Ben, "I am not on this chat"));
        Assert.Null(adapter.GetNextReply());
        var notes = (await actions.ReadAsync(adapter.Conversation.ChannelId!, "convo1")).Notes;
        Assert.Equal(["Customer is a long-time buyer; be generous.", "Approved up to $200."], notes.Select(n => n.Text));
        Assert.Equal([note!.Id, supervisorNote!.Id], notes.Select(n => n.Id));
        Assert.Equal(["convo1", "convo1"], _notifier.NotesChanged);
    }

    [Fact]
    public async Task OnlyTheHoldingAgentsTypingIsShownToTheCustomer()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        Assert.False(await actions.TypingAsync("convo1", Ana));
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        Assert.False(await actions.TypingAsync("convo1", Ben));
        Assert.True(await actions.TypingAsync("convo1", Ana));

        Assert.Equal(ActivityTypes.Typing, (await adapter.GetNextReplyAsync()).Type);
        Assert.Null(adapter.GetNextReply());
    }

    [Fact]
    public async Task AnAgentsReplyIsMarkedWithWhoWroteIt()
    {
        var (adapter, actions) = Build();
        await EscalateAsync(adapter);
        await actions.ClaimAsync("convo1", Ana);
        await adapter.GetNextReplyAsync();

        await actions.SendAsync("convo1", Ana, "On it.");

        await adapter.GetNextReplyAsync();
        Assert.Equal(new AgentAuthorship.Author("ana", "Ana"), AgentAuthorship.Of(await adapter.GetNextReplyAsync()));
    }

    private (TestAdapter Adapter, AgentActions Actions) Build()
    {
        var conversationState = new ConversationState(_storage);
        var adapter = new TestAdapter(TestAdapter.CreateConversation("convo1"))
            .Use(new AutoSaveStateMiddleware(conversationState))
            .Use(new HandoffRoutingMiddleware(conversationState, _notifier, new HandoffQueueing(_queue, new HandoffOptions()), _time));

        // As in production, a failed turn goes to the error handler (which tells the customer), not to the caller.
        adapter.OnTurnError = (_, _) => Task.CompletedTask;
        return (adapter, new AgentActions(_queue, new AdapterTurns(adapter), conversationState, _storage, new CallbackBot(Bot), _notifier, _time));
    }

    private static Task EscalateAsync(TestAdapter adapter) => new TestFlow(adapter, Bot)
        .Send("a person please")
        .AssertReply("Passing you to a person.")
        .AssertReply(HandoffResponses.InQueue(new WaitEstimate(1, null, Staffed: true, Open: true), offerLater: false))
        .StartTestAsync();

    private static async Task Bot(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text == "a person please")
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Passing you to a person."), cancellationToken);
            await turnContext.SendActivityAsync(EventFactory.CreateHandoffInitiation(turnContext, new CaseBrief { CaseId = "case-1", Reason = EscalationReason.CustomerAsked }), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"bot heard: {activity.Text}"), cancellationToken);
        }
        else if (BotJson.Convert<HandoffStatus>(activity.Value) is { State: HandoffStates.Completed })
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Welcome back: anything else I can do?"), cancellationToken);
        }
        else if (BotJson.Convert<HandoffStatus>(activity.Value) is { State: HandoffStates.Closed } closed)
        {
            await turnContext.SendActivityAsync(MessageFactory.Text($"bot saw the chat closed: {closed.Message}"), cancellationToken);
        }
    }

    /// <summary>A waiting entry for a conversation whose own record has the bot in charge (the customer left the queue).</summary>
    private QueueEntry StaleEntry(TestAdapter adapter) => new()
    {
        ConversationId = "convo1",
        ChannelId = adapter.Conversation.ChannelId!,
        CaseId = "case-1",
        Skill = "service",
        EnqueuedAt = _time.GetUtcNow(),
        ConversationReferenceJson = BotJson.Serialize(adapter.Conversation),
    };

    /// <summary>Memory storage whose writes can be made to fail, as a database outage would.</summary>
    private sealed class SwitchableStorage : IStorage
    {
        private readonly MemoryStorage _inner = new();

        public bool FailWrites { get; set; }

        public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.ReadAsync(keys, cancellationToken);

        public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
            FailWrites ? throw new InvalidOperationException("the database is down") : _inner.WriteAsync(changes, cancellationToken);

        public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) => _inner.DeleteAsync(keys, cancellationToken);
    }

    private sealed class AdapterTurns(TestAdapter adapter) : IConversationTurns
    {
        public Task RunAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
            adapter.ContinueConversationAsync(null, continuation, callback, cancellationToken);
    }

    private sealed class FailingTurns : IConversationTurns
    {
        public Task RunAsync(Activity continuation, BotCallbackHandler callback, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("storage is down");
    }

    private sealed class CallbackBot(BotCallbackHandler callback) : IBot
    {
        public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default) => callback(turnContext, cancellationToken);
    }
}
