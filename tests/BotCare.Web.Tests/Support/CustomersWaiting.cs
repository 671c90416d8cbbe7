using BotCare.Cases;

namespace BotCare.Web.Tests;

/// <summary>
/// Customers who asked for a person, the way a real one does: a Direct Line conversation whose bot (scripted here, so
/// a test names the skill) sends the handoff event, which the real pipeline turns into a queued chat. Agents' actions
/// then run real turns in that conversation, and the customer's side is read from its Direct Line log.
/// </summary>
internal sealed class CustomersWaiting
{
    public const string AskPrefix = "a person please for ";

    private readonly BotCareApp _app;
    private readonly DirectLineTestClient _directLine;

    /// <summary>Replaces the app's bot and starts the app: change its services before this.</summary>
    public CustomersWaiting(BotCareApp app)
    {
        _app = app;
        app.ConfigureServices += services => services.AddSingleton<IBot>(new ScriptedBot(OnTurnAsync));
        _directLine = new DirectLineTestClient(app);
    }

    /// <summary>A customer who asked for a person with <paramref name="skill"/>: their conversation, once it is in the queue.</summary>
    public async Task<DirectLineConversationResponse> WaitingAsync(string skill = "service")
    {
        var conversation = await _directLine.StartAsync();
        await _directLine.PostMessageAsync(conversation, AskPrefix + skill, $"ask-{Guid.NewGuid():n}");
        var queue = _app.Services.GetRequiredService<IEscalationQueue>();
        for (var i = 0; i < 100 && await queue.GetAsync(conversation.ConversationId!) is null; i++)
        {
            await Task.Delay(20);
        }

        Assert.NotNull(await queue.GetAsync(conversation.ConversationId!));
        return conversation;
    }

    public Task<string> SayAsync(DirectLineConversationResponse conversation, string text) =>
        _directLine.PostMessageAsync(conversation, text, $"say-{Guid.NewGuid():n}");

    /// <summary>The texts the customer has been sent so far (the bot's and agents'), oldest first.</summary>
    public async Task<IReadOnlyList<string>> HeardAsync(DirectLineConversationResponse conversation)
    {
        var set = await _directLine.GetActivitiesAsync(conversation);
        return set.Activities.Where(a => a.Type == ActivityTypes.Message && a.From?.Role != RoleTypes.User && !string.IsNullOrEmpty(a.Text)).Select(a => a.Text!).ToList();
    }

    /// <summary>Everything in the conversation's Direct Line log, in log order.</summary>
    public async Task<IReadOnlyList<Activity>> ActivitiesAsync(DirectLineConversationResponse conversation) =>
        (await _directLine.GetActivitiesAsync(conversation)).Activities.ToList();

    /// <summary>Waits until the customer has heard <paramref name="text"/>.</summary>
    public async Task<IReadOnlyList<string>> HeardAsync(DirectLineConversationResponse conversation, string text)
    {
        IReadOnlyList<string> heard = [];
        for (var i = 0; i < 100; i++)
        {
            heard = await HeardAsync(conversation);
            if (heard.Contains(text))
            {
                return heard;
            }

            await Task.Delay(20);
        }

        Assert.Contains(text, heard);
        return heard;
    }

    /// <summary>The scripted bot: asks for a person on <see cref="AskPrefix"/>, echoes otherwise, and speaks when a handoff completes.</summary>
    public static async Task OnTurnAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.Type == ActivityTypes.Message && activity.Text?.StartsWith(AskPrefix, StringComparison.Ordinal) == true)
        {
            var brief = new CaseBrief { CaseId = $"case-{activity.Conversation!.Id}", Reason = EscalationReason.CustomerAsked, Skill = activity.Text[AskPrefix.Length..], Issues = ["Product: the plates arrived broken"] };
            await turn.SendActivityAsync(MessageFactory.Text("I'll get you to a person."), cancellationToken);
            await turn.SendActivityAsync(EventFactory.CreateHandoffInitiation(turn, brief), cancellationToken);
        }
        else if (activity.Type == ActivityTypes.Message)
        {
            await turn.SendActivityAsync(MessageFactory.Text($"bot heard: {activity.Text}"), cancellationToken);
        }
        else if (BotJson.Convert<HandoffStatus>(activity.Value) is { State: HandoffStates.Completed } completed)
        {
            await turn.SendActivityAsync(MessageFactory.Text($"bot is back: {completed.Message}"), cancellationToken);
        }
    }
}
