namespace BotCare.Builder.Tests.Turns;

public sealed class ActivityHandlerTests
{
    [Theory]
    [InlineData(ActivityTypes.Message, "message")]
    [InlineData(ActivityTypes.Typing, "typing")]
    [InlineData(ActivityTypes.EndOfConversation, "endOfConversation")]
    [InlineData(ActivityTypes.Command, "command")]
    [InlineData(ActivityTypes.CommandResult, "commandResult")]
    [InlineData(ActivityTypes.MessageUpdate, "messageUpdate")]
    [InlineData(ActivityTypes.MessageDelete, "messageDelete")]
    [InlineData("somethingNew", "unrecognized")]
    public async Task DispatchesEachActivityTypeToItsHandler(string type, string expected)
    {
        var bot = new RecordingBot();
        await RunAsync(bot, RecordingAdapter.Incoming(type: type));
        Assert.Equal([expected], bot.Calls);
    }

    [Fact]
    public async Task MembersAddedFiresOnlyWhenSomeoneOtherThanTheBotJoined()
    {
        var bot = new RecordingBot();
        var botJoined = RecordingAdapter.Incoming(type: ActivityTypes.ConversationUpdate);
        botJoined.MembersAdded = [new ChannelAccount("bot")];
        var userJoined = RecordingAdapter.Incoming(type: ActivityTypes.ConversationUpdate);
        userJoined.MembersAdded = [new ChannelAccount("bot"), new ChannelAccount("user1")];
        var userLeft = RecordingAdapter.Incoming(type: ActivityTypes.ConversationUpdate);
        userLeft.MembersRemoved = [new ChannelAccount("user1")];

        await RunAsync(bot, botJoined);
        await RunAsync(bot, userJoined);
        await RunAsync(bot, userLeft);

        Assert.Equal(["membersAdded:2", "membersRemoved:1"], bot.Calls);
    }

    [Fact]
    public async Task EventsAreSplitIntoTokenResponsesAndOtherEvents()
    {
        var bot = new RecordingBot();
        var token = RecordingAdapter.Incoming(type: ActivityTypes.Event);
        token.Name = "tokens/response";
        var handoff = RecordingAdapter.Incoming(type: ActivityTypes.Event);
        handoff.Name = HandoffEventNames.HandoffStatus;

        await RunAsync(bot, token);
        await RunAsync(bot, handoff);

        Assert.Equal(["tokenResponse", "event:handoff.status"], bot.Calls);
    }

    [Fact]
    public async Task ReactionsAndInstallationUpdatesReachTheirSpecificHandlers()
    {
        var bot = new RecordingBot();
        var reaction = RecordingAdapter.Incoming(type: ActivityTypes.MessageReaction);
        reaction.ReactionsAdded = [new MessageReaction { Type = "like" }];
        reaction.ReactionsRemoved = [new MessageReaction { Type = "heart" }];
        var install = RecordingAdapter.Incoming(type: ActivityTypes.InstallationUpdate);
        install.Action = "add-upgrade";
        var uninstall = RecordingAdapter.Incoming(type: ActivityTypes.InstallationUpdate);
        uninstall.Action = "remove";

        await RunAsync(bot, reaction);
        await RunAsync(bot, install);
        await RunAsync(bot, uninstall);

        Assert.Equal(["reactionsAdded:like", "reactionsRemoved:heart", "installAdd", "installRemove"], bot.Calls);
    }

    [Fact]
    public async Task AnUnhandledInvokeIsAnsweredWith501()
    {
        var adapter = new RecordingAdapter();
        var context = new TurnContext(adapter, RecordingAdapter.Incoming(type: ActivityTypes.Invoke));
        await adapter.RunAsync(context, new ActivityHandler().OnTurnAsync);

        var response = Assert.Single(adapter.Sent);
        Assert.Equal(ActivityTypes.InvokeResponse, response.Type);
        Assert.Equal(501, Assert.IsType<InvokeResponse>(response.Value).Status);
    }

    [Fact]
    public async Task AnInvokeHandlerThatAnswersNullSendsNoInvokeResponse()
    {
        var adapter = new RecordingAdapter();
        await adapter.RunAsync(RecordingAdapter.Incoming(type: ActivityTypes.Invoke), new SilentInvokeBot().OnTurnAsync);
        Assert.Empty(adapter.Sent);
    }

    [Fact]
    public async Task AnActivityWithoutATypeIsRejected()
    {
        var incoming = RecordingAdapter.Incoming();
        incoming.Type = null;
        await Assert.ThrowsAsync<ArgumentException>(() => RunAsync(new RecordingBot(), incoming));
    }

    private static Task RunAsync(IBot bot, Activity activity) => new RecordingAdapter().RunAsync(activity, bot.OnTurnAsync);

    private sealed class SilentInvokeBot : ActivityHandler
    {
        protected override Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
            => Task.FromResult<InvokeResponse?>(null);
    }

    private sealed class RecordingBot : ActivityHandler
    {
        public List<string> Calls { get; } = [];

        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) => Record("message");

        protected override Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) => Record($"membersAdded:{membersAdded.Count}");

        protected override Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) => Record($"membersRemoved:{membersRemoved.Count}");

        protected override Task OnTokenResponseEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) => Record("tokenResponse");

        protected override Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) => Record($"event:{turnContext.Activity.Name}");

        protected override Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) => Record($"reactionsAdded:{messageReactions[0].Type}");

        protected override Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) => Record($"reactionsRemoved:{messageReactions[0].Type}");

        protected override Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) => Record("installAdd");

        protected override Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) => Record("installRemove");

        protected override Task OnTypingActivityAsync(ITurnContext<ITypingActivity> turnContext, CancellationToken cancellationToken) => Record("typing");

        protected override Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) => Record("endOfConversation");

        protected override Task OnCommandActivityAsync(ITurnContext<ICommandActivity> turnContext, CancellationToken cancellationToken) => Record("command");

        protected override Task OnCommandResultActivityAsync(ITurnContext<ICommandResultActivity> turnContext, CancellationToken cancellationToken) => Record("commandResult");

        protected override Task OnMessageUpdateActivityAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken) => Record("messageUpdate");

        protected override Task OnMessageDeleteActivityAsync(ITurnContext<IMessageDeleteActivity> turnContext, CancellationToken cancellationToken) => Record("messageDelete");

        protected override Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Record("unrecognized");

        private Task Record(string call)
        {
            Calls.Add(call);
            return Task.CompletedTask;
        }
    }
}
