using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;
using BotCare.Recognizers;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>
/// Lets the customer tell the whole story across several messages (playbook steps 2, 3 and 6): each message
/// is taken in, new problems are kept as separate issues and apologized for, and the bot asks "is there
/// anything else?" until the customer has nothing to add. No form, no interruptions.
/// </summary>
public sealed class ListenDialog : ComponentDialog
{
    private const string RoundDialog = "listenRound";
    private const string AnythingElsePrompt = "anythingElse";

    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;

    public ListenDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(ListenDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(RoundDialog, [OpenStepAsync, TakeInStepAsync, NextRoundStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new TextPrompt(AnythingElsePrompt));
        InitialDialogId = RoundDialog;
    }

    /// <summary>Start from the customer's first message, or greet and ask.</summary>
    private static async Task<DialogTurnResult> OpenStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var options = stepContext.GetOptions<ListenOptions>() ?? new ListenOptions();
        if (options.Text is not null)
        {
            return await stepContext.NextAsync(options.Text, cancellationToken);
        }

        var question = options.Question ?? (options.Welcome ? ListenResponses.Welcome : ListenResponses.AskAgain);
        return await stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(question) }, cancellationToken);
    }

    /// <summary>Take the message in; apologize for what is new; ask whether there is anything else.</summary>
    private async Task<DialogTurnResult> TakeInStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var options = stepContext.GetOptions<ListenOptions>() ?? new ListenOptions();
        var message = TurnUnderstanding.Of(stepContext.Context, _services);
        var hadIssues = state.Case.Issues.Count > 0;
        var added = await StoryRecorder.AbsorbAsync(state, message, _services, cancellationToken);
        state.Case.RecordStep(PlaybookStep.Listen, _services.Now);

        if (added.Count == 0 && !hadIssues)
        {
            return await NothingHeardYetAsync(stepContext, state, message, options, cancellationToken);
        }

        foreach (var issue in added)
        {
            state.Case.RecordStep(PlaybookStep.Apologize, _services.Now, issue.Id);
        }

        var acknowledgement = added.Count > 0
            ? ListenResponses.Apology(state, added, message.Sentiment.Level, _services.Now)
            : ListenResponses.Noted;
        if (options.Round + 1 >= _services.Options.MaxListenRounds)
        {
            // Enough rounds: move on to repeating the story back rather than asking forever.
            await stepContext.Context.SendActivityAsync(MessageFactory.Text(acknowledgement), cancellationToken);
            return await stepContext.EndDialogAsync(ListenOutcome.Complete, cancellationToken);
        }

        var reply = added.Count > 0 ? $"{acknowledgement} {ListenResponses.AnythingElse(state)}" : ListenResponses.NotedAnythingElse(state);
        var prompt = MessageFactory.SuggestedActions([ListenResponses.NothingElseButton], reply, inputHint: InputHints.ExpectingInput);
        return await stepContext.PromptAsync(AnythingElsePrompt, new PromptOptions { Prompt = prompt }, cancellationToken);
    }

    /// <summary>"No, that's all" ends listening; anything else is more of the story.</summary>
    private async Task<DialogTurnResult> NextRoundStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var message = TurnUnderstanding.Of(stepContext.Context, _services);
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        if (state.Case.Issues.Count > 0 && IsNothingMore(message))
        {
            return await stepContext.EndDialogAsync(ListenOutcome.Complete, cancellationToken);
        }

        var options = stepContext.GetOptions<ListenOptions>() ?? new ListenOptions();
        return await stepContext.ReplaceDialogAsync(RoundDialog, new ListenOptions { Text = message.Text, Round = options.Round + 1 }, cancellationToken);
    }

    /// <summary>No problem heard yet: a remedy ask comes after the story; anything else gets one more invitation.</summary>
    private static async Task<DialogTurnResult> NothingHeardYetAsync(WaterfallStepContext stepContext, RecoveryState state, MessageUnderstanding message, ListenOptions options, CancellationToken cancellationToken)
    {
        if (message.Intent.Intent is Intent.PraiseOrThanks or Intent.DoneTalking)
        {
            await stepContext.Context.SendActivityAsync(MessageFactory.Text(ListenResponses.YoureWelcome), cancellationToken);
            return await stepContext.EndDialogAsync(ListenOutcome.NothingToDo, cancellationToken);
        }

        var misses = options.Round + 1;
        if (misses >= 2 && message.Extraction.Remedy is null)
        {
            return await stepContext.EndDialogAsync(ListenOutcome.NotUnderstood, cancellationToken);
        }

        var question = message.Extraction.Remedy is not null || message.Intent.Intent.IsRemedyAsk()
            ? ListenResponses.AskWhatHappenedFirst(state)
            : ListenResponses.AskAgain;

        // The answer arrives in the next step and starts the next round, like more of the story would.
        return await stepContext.PromptAsync(AnythingElsePrompt, new PromptOptions { Prompt = MessageFactory.Text(question, null, InputHints.ExpectingInput) }, cancellationToken);
    }

    private static bool IsNothingMore(MessageUnderstanding message)
    {
        if (message.Intent.Intent == Intent.DoneTalking)
        {
            return true;
        }

        // A plain "no" / "nope" / "not really", unless the message goes on to tell more.
        var answers = ChoiceRecognizer.RecognizeBoolean(message.Text);
        return message.Issues.Count == 0
            && answers.Count > 0
            && answers[0].Resolution.GetValueOrDefault("value") is false
            && message.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5;
    }
}
