namespace BotCare.Builder;

/// <summary>
/// A bot that dispatches each activity to a virtual method by type, as the Bot Framework SDK does. Override
/// only what the bot handles; the defaults do nothing, except unhandled invokes, which answer 501.
/// </summary>
public class ActivityHandler : IBot
{
    public virtual async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var type = turnContext.Activity.Type
            ?? throw new ArgumentException("The activity is missing its type.", nameof(turnContext));

        switch (type)
        {
            case ActivityTypes.Message:
                await OnMessageActivityAsync(As<IMessageActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.ConversationUpdate:
                await OnConversationUpdateActivityAsync(As<IConversationUpdateActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.MessageReaction:
                await OnMessageReactionActivityAsync(As<IMessageReactionActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.Event:
                await OnEventActivityAsync(As<IEventActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.Invoke:
                await DispatchInvokeAsync(turnContext, cancellationToken);
                break;
            case ActivityTypes.EndOfConversation:
                await OnEndOfConversationActivityAsync(As<IEndOfConversationActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.Typing:
                await OnTypingActivityAsync(As<ITypingActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.InstallationUpdate:
                await OnInstallationUpdateActivityAsync(As<IInstallationUpdateActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.Command:
                await OnCommandActivityAsync(As<ICommandActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.CommandResult:
                await OnCommandResultActivityAsync(As<ICommandResultActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.MessageUpdate:
                await OnMessageUpdateActivityAsync(As<IMessageUpdateActivity>(turnContext), cancellationToken);
                break;
            case ActivityTypes.MessageDelete:
                await OnMessageDeleteActivityAsync(As<IMessageDeleteActivity>(turnContext), cancellationToken);
                break;
            default:
                await OnUnrecognizedActivityTypeAsync(turnContext, cancellationToken);
                break;
        }
    }

    protected virtual Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Calls <see cref="OnMembersAddedAsync"/> / <see cref="OnMembersRemovedAsync"/> when someone other than the bot joined or left.</summary>
    protected virtual async Task OnConversationUpdateActivityAsync(ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var botId = activity.Recipient?.Id;
        if (activity.MembersAdded?.Any(m => m.Id != botId) == true)
        {
            await OnMembersAddedAsync(activity.MembersAdded, turnContext, cancellationToken);
        }

        if (activity.MembersRemoved?.Any(m => m.Id != botId) == true)
        {
            await OnMembersRemovedAsync(activity.MembersRemoved, turnContext, cancellationToken);
        }
    }

    protected virtual Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMembersRemovedAsync(IList<ChannelAccount> membersRemoved, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual async Task OnMessageReactionActivityAsync(ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.ReactionsAdded is { Count: > 0 } added)
        {
            await OnReactionsAddedAsync(added, turnContext, cancellationToken);
        }

        if (turnContext.Activity.ReactionsRemoved is { Count: > 0 } removed)
        {
            await OnReactionsRemovedAsync(removed, turnContext, cancellationToken);
        }
    }

    protected virtual Task OnReactionsAddedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnReactionsRemovedAsync(IList<MessageReaction> messageReactions, ITurnContext<IMessageReactionActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Name == TokenResponseEventName
            ? OnTokenResponseEventAsync(turnContext, cancellationToken)
            : OnEventAsync(turnContext, cancellationToken);
    }

    protected virtual Task OnTokenResponseEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnEventAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Answers an invoke. The default is 501 Not Implemented, which is what a channel expects for an unknown invoke.</summary>
    protected virtual Task<InvokeResponse?> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken)
        => Task.FromResult<InvokeResponse?>(new InvokeResponse(501));

    protected virtual Task OnEndOfConversationActivityAsync(ITurnContext<IEndOfConversationActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnTypingActivityAsync(ITurnContext<ITypingActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateActivityAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.Activity.Action switch
        {
            "add" or "add-upgrade" => OnInstallationUpdateAddAsync(turnContext, cancellationToken),
            "remove" or "remove-upgrade" => OnInstallationUpdateRemoveAsync(turnContext, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    protected virtual Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnCommandActivityAsync(ITurnContext<ICommandActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnCommandResultActivityAsync(ITurnContext<ICommandResultActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageUpdateActivityAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual Task OnMessageDeleteActivityAsync(ITurnContext<IMessageDeleteActivity> turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Activity types this handler does not know; the spec asks receivers to ignore them (A2006).</summary>
    protected virtual Task OnUnrecognizedActivityTypeAsync(ITurnContext turnContext, CancellationToken cancellationToken) => Task.CompletedTask;

    private const string TokenResponseEventName = "tokens/response";

    private async Task DispatchInvokeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var response = await OnInvokeActivityAsync(As<IInvokeActivity>(turnContext), cancellationToken);

        // The adapter turns this pseudo-activity into the HTTP answer of the invoke.
        if (response is not null && turnContext.TurnState.Get<Activity>(BotAdapter.InvokeResponseKey) is null)
        {
            await turnContext.SendActivityAsync(new Activity(ActivityTypes.InvokeResponse) { Value = response }, cancellationToken);
        }
    }

    private static DelegatingTurnContext<T> As<T>(ITurnContext turnContext)
        where T : IActivity
        => new(turnContext);
}
