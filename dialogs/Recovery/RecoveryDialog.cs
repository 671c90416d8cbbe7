using System.Text.RegularExpressions;
using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>
/// The recovery playbook, start to finish: listen to the whole story, repeat it back, thank, own the mistake,
/// classify the situation, agree a remedy and act on it, learn, close. Before any step sees a message, this
/// dialog checks for interruptions: a request for a person, "start over", "cancel", and anger getting worse.
/// The case is saved after every turn so people can see it while the conversation is going on.
/// </summary>
public sealed partial class RecoveryDialog : ComponentDialog
{
    private const string MainDialog = "recovery";
    private const string OrderPrompt = "orderNumber";

    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;
    private readonly FollowUpDialog _followUp;

    public RecoveryDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(RecoveryDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(MainDialog, [ListenStepAsync, OrderStepAsync, CheckOrderStepAsync, RepeatBackStepAsync, AcknowledgeStepAsync, AfterRemedyStepAsync, FinishStepAsync]));
        AddDialog(new ListenDialog(services, state));
        AddDialog(new RepeatBackDialog(services, state));
        AddDialog(new RemedyDialog(services, state));
        AddDialog(new LearnDialog(services, state));
        AddDialog(new EscalationDialog(services, state));
        _followUp = new FollowUpDialog(services, state);
        AddDialog(_followUp);
        AddDialog(new TextPrompt(OrderPrompt, IsOrderAnswerAsync));
        InitialDialogId = MainDialog;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (FollowUpRequest.From(innerDc.Context.Activity) is { } followUp)
        {
            return await FollowUpAsync(innerDc, followUp, cancellationToken);
        }

        var state = await PrepareAsync(innerDc.Context, cancellationToken);
        DialogTurnResult result;
        if (innerDc.Context.Activity.Type == ActivityTypes.Message && TrackMessage(innerDc.Context, state) is { } message && AsksForPerson(message))
        {
            // The opening message may carry the whole story and the ask for a person at once.
            var added = await StoryRecorder.AbsorbAsync(state, message, _services, cancellationToken);
            string? preface = null;
            if (added.Count > 0)
            {
                state.Case.RecordStep(PlaybookStep.Listen, _services.Now);
                added.ToList().ForEach(issue => state.Case.RecordStep(PlaybookStep.Apologize, _services.Now, issue.Id));
                preface = ListenResponses.Apology(state, added, message.Sentiment.Level, _services.Now);
            }

            result = await EscalateAsync(innerDc, EscalationReason.CustomerAsked, "Asked for a person.", preface, cancellationToken);
        }
        else
        {
            result = await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
        }

        Save(innerDc.Context, state, cancellationToken);
        return result;
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (FollowUpRequest.From(innerDc.Context.Activity) is { } followUp)
        {
            return await FollowUpAsync(innerDc, followUp, cancellationToken);
        }

        var state = await _state.GetAsync(innerDc.Context, () => new RecoveryState(), cancellationToken);
        var result = innerDc.Context.Activity.Type == ActivityTypes.Message && !state.HandedOver
            ? await InterruptAsync(innerDc, state, cancellationToken) ?? await base.OnContinueDialogAsync(innerDc, cancellationToken)
            : await base.OnContinueDialogAsync(innerDc, cancellationToken);
        Save(innerDc.Context, state, cancellationToken);
        return result;
    }

    /// <summary>
    /// The scheduler's check-in, days after the remedy: whatever the conversation was doing gives way to it, since the
    /// customer left it long ago. A request that is not due leaves the conversation as it was.
    /// </summary>
    private async Task<DialogTurnResult> FollowUpAsync(DialogContext innerDc, FollowUpRequest request, CancellationToken cancellationToken)
    {
        if (!await _followUp.IsDueAsync(request, innerDc.Context, cancellationToken))
        {
            // The dialog waiting before, if any, is still the one the customer's next message is for.
            return innerDc.Stack.Count > 0 ? EndOfTurn : await innerDc.EndDialogAsync(null, cancellationToken);
        }

        var state = await _state.GetAsync(innerDc.Context, () => new RecoveryState(), cancellationToken);
        var result = await CancelThenBeginAsync(innerDc, nameof(FollowUpDialog), request, cancellationToken);
        Save(innerDc.Context, state, cancellationToken);
        return result;
    }

    /// <summary>Interruptions, checked before the active step sees the message; null when there is none.</summary>
    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, RecoveryState state, CancellationToken cancellationToken)
    {
        var message = TrackMessage(innerDc.Context, state);
        if (StartOver().IsMatch(Normalize(message.Text)))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            state.Case.Status = CaseStatus.Closed;
            Save(innerDc.Context, state, cancellationToken);
            state.Case = NewCase(innerDc.Context);
            state.Order = null;
            state.StoryConfirmed = false;
            state.Claims.Clear();
            return await innerDc.BeginDialogAsync(MainDialog, new ListenOptions { Question = RecoveryResponses.StartOver }, cancellationToken);
        }

        if (Cancel().IsMatch(Normalize(message.Text)))
        {
            await innerDc.Context.SendActivityAsync(MessageFactory.Text(RecoveryResponses.Cancelled, null, InputHints.IgnoringInput), cancellationToken);
            state.Case.Status = CaseStatus.Closed;
            state.Case.ClosedAt = _services.Now;
            state.Case.RecordStep(PlaybookStep.Close, _services.Now, "cancelled by the customer");
            return await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        if (AsksForPerson(message))
        {
            await StoryRecorder.AbsorbAsync(state, message, _services, cancellationToken);
            return await EscalateAsync(innerDc, EscalationReason.CustomerAsked, "Asked for a person.", null, cancellationToken);
        }

        var rising = SentimentTracker.Trend(state.AngerHistory) == SentimentTrend.Rising
            && message.Sentiment.Anger >= _services.Options.EscalateWhenAngerRisesAbove
            && !state.Case.Escalations.Exists(e => e.Reason == EscalationReason.AngerRising);
        if (rising)
        {
            await StoryRecorder.AbsorbAsync(state, message, _services, cancellationToken);
            return await EscalateAsync(innerDc, EscalationReason.AngerRising, $"Anger rose to {message.Sentiment.Anger:0.00}.", null, cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Saves the case for people to see; a conversation that never got to a problem leaves no case behind. The turn
    /// does not wait for it here: it is a <see cref="TurnWrites"/> write, finished before the turn ends.
    /// </summary>
    private void Save(ITurnContext turnContext, RecoveryState state, CancellationToken cancellationToken)
    {
        var @case = state.Case;
        if (@case.Issues.Count > 0 || @case.Escalations.Count > 0 || @case.Commitments.Count > 0)
        {
            var newCommitments = @case.Commitments.Skip(state.CommitmentsRecorded).ToList();
            state.CommitmentsRecorded = @case.Commitments.Count;
            if (newCommitments.Count > 0)
            {
                // The ledger's copies carry the way back to this customer, so the follow-up or callback reaches them
                // from any instance later; the case's own copies (in state every turn) stay small without it.
                var reference = BotJson.Serialize(turnContext.Activity.GetConversationReference());
                newCommitments = newCommitments.Select(c => CommitmentLedgerRules.Copy(c)).ToList();
                newCommitments.ForEach(c => c.ConversationReferenceJson ??= reference);
            }

            TurnWrites.Add(turnContext, SaveCaseAsync(@case, newCommitments, cancellationToken));
        }
    }

    /// <summary>
    /// The case, and its new promises into the ledger where they are tracked and followed up. Adding is idempotent
    /// (the ids follow from the case), so a re-run turn records each promise once.
    /// </summary>
    private async Task SaveCaseAsync(Case @case, List<Commitment> newCommitments, CancellationToken cancellationToken)
    {
        var saved = _services.Cases.SaveAsync(@case, cancellationToken);
        if (_services.Commitments is { } ledger)
        {
            await Task.WhenAll(newCommitments.Select(c => ledger.AddAsync(c, cancellationToken)));
        }

        await saved;
    }

    private string? OrderNumberIn(ITurnContext turnContext, string answer) =>
        OrderNumberAnswer.Find(TurnUnderstanding.Of(turnContext, _services), answer);

    private Task<DialogTurnResult> EscalateAsync(DialogContext innerDc, EscalationReason reason, string detail, string? preface, CancellationToken cancellationToken) =>
        CancelThenBeginAsync(innerDc, nameof(EscalationDialog), new EscalationOptions { Reason = reason, Detail = detail, Preface = preface }, cancellationToken);

    private static async Task<DialogTurnResult> CancelThenBeginAsync(DialogContext innerDc, string dialogId, object options, CancellationToken cancellationToken)
    {
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Listen: from the customer's opening message, or after a calm welcome.</summary>
    private async Task<DialogTurnResult> ListenStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var activity = stepContext.Context.Activity;
        var options = stepContext.GetOptions<ListenOptions>() ?? new ListenOptions();
        if (options.Question is null && activity.Type == ActivityTypes.Message && !string.IsNullOrWhiteSpace(activity.Text))
        {
            options.Text = activity.Text;
        }
        else
        {
            options.Welcome = options.Question is null;
            state.Case.RecordStep(PlaybookStep.Welcome, _services.Now);
        }

        return await stepContext.BeginDialogAsync(nameof(ListenDialog), options, cancellationToken);
    }

    /// <summary>Which order or booking, if the customer has not said.</summary>
    private async Task<DialogTurnResult> OrderStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        switch (stepContext.Result)
        {
            case ListenOutcome.NotUnderstood:
                return await ReplaceWithEscalationAsync(stepContext, EscalationReason.NotUnderstood, "Could not make out the problem twice in a row.", cancellationToken);
            case ListenOutcome.NothingToDo:
                return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        if (state.Case.OrderNumber is not null || state.Case.Issues.TrueForAll(i => i.Category == IssueCategory.General))
        {
            return await stepContext.NextAsync(null, cancellationToken);
        }

        return await stepContext.PromptAsync(
            OrderPrompt,
            new PromptOptions
            {
                Prompt = MessageFactory.SuggestedActions([RecoveryResponses.NoOrderNumberButton], RecoveryResponses.AskOrderNumber, inputHint: InputHints.ExpectingInput),
                RetryPrompt = MessageFactory.SuggestedActions([RecoveryResponses.NoOrderNumberButton], RecoveryResponses.AskOrderNumberRetry, inputHint: InputHints.ExpectingInput),
                MaxAttempts = 2,
            },
            cancellationToken);
    }

    /// <summary>Look the order up; a number the systems do not know gets one chance to be checked.</summary>
    private async Task<DialogTurnResult> CheckOrderStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is string answer && OrderNumberIn(stepContext.Context, answer) is { } number)
        {
            var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
            if (!await StoryRecorder.LookUpOrderAsync(state, number, _services, cancellationToken))
            {
                return await stepContext.PromptAsync(
                    OrderPrompt,
                    new PromptOptions
                    {
                        Prompt = MessageFactory.SuggestedActions([RecoveryResponses.NoOrderNumberButton], RecoveryResponses.OrderNotFound(number), inputHint: InputHints.ExpectingInput),
                        MaxAttempts = 1,
                    },
                    cancellationToken);
            }
        }

        return await stepContext.NextAsync(null, cancellationToken);
    }

    /// <summary>Take the re-checked number; a customer back about the same order goes to a person, others hear the story repeated back.</summary>
    private async Task<DialogTurnResult> RepeatBackStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        if (stepContext.Result is string answer && OrderNumberIn(stepContext.Context, answer) is { } number
            && !await StoryRecorder.LookUpOrderAsync(state, number, _services, cancellationToken))
        {
            await stepContext.Context.SendActivityAsync(MessageFactory.Text(RecoveryResponses.OrderStillNotFound(number)), cancellationToken);
        }

        return await RecontactCheck.EscalationAsync(state.Case, _services, cancellationToken) is { } recontact
            ? await stepContext.ReplaceDialogAsync(nameof(EscalationDialog), recontact, cancellationToken)
            : await stepContext.BeginDialogAsync(nameof(RepeatBackDialog), null, cancellationToken);
    }

    /// <summary>Thank, own the mistake when the record shows it, classify the situation, then talk remedy.</summary>
    private async Task<DialogTurnResult> AcknowledgeStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is RepeatBackOutcome.NotConfirmed)
        {
            return await ReplaceWithEscalationAsync(stepContext, EscalationReason.NotUnderstood, "The story could not be confirmed after corrections.", cancellationToken);
        }

        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var @case = state.Case;
        var now = _services.Now;
        var thanks = RecoveryResponses.Thank(state, IssueCategories.Main(@case));
        @case.RecordStep(PlaybookStep.Thank, now);
        if (RecoveryResponses.OwnTheMistake(state.Order) is { } owned)
        {
            thanks = $"{thanks} {owned}";
            @case.RecordStep(PlaybookStep.Apologize, now, "owned the mistake");
        }

        @case.Situation = IssueCategories.Situation(@case.Issues);
        @case.RecordStep(PlaybookStep.Classify, now, @case.Situation.ToString());
        if (@case.Situation == SituationType.General)
        {
            var options = new EscalationOptions { Reason = EscalationReason.GeneralUnhappiness, Detail = "General unhappiness: neither a product nor a service fault.", Preface = thanks };
            return await stepContext.ReplaceDialogAsync(nameof(EscalationDialog), options, cancellationToken);
        }

        return await stepContext.BeginDialogAsync(nameof(RemedyDialog), new RemedyRoundOptions { Preface = thanks, WeighNow = @case.RemedyRequested is not null }, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterRemedyStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        switch (stepContext.Result)
        {
            case RemedyOutcome { Kind: RemedyOutcomeKind.Escalate } escalate:
                return await ReplaceWithEscalationAsync(stepContext, escalate.Reason!.Value, escalate.Detail, cancellationToken);
            case RemedyOutcome { Kind: RemedyOutcomeKind.Committed }:
                var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
                state.Case.RecordStep(PlaybookStep.Close, _services.Now);
                return await stepContext.EndDialogAsync(null, cancellationToken);
            default:
                return await stepContext.BeginDialogAsync(nameof(LearnDialog), null, cancellationToken);
        }
    }

    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.EndDialogAsync(null, cancellationToken);

    private static Task<DialogTurnResult> ReplaceWithEscalationAsync(WaterfallStepContext stepContext, EscalationReason reason, string detail, CancellationToken cancellationToken) =>
        stepContext.ReplaceDialogAsync(nameof(EscalationDialog), new EscalationOptions { Reason = reason, Detail = detail }, cancellationToken);

    /// <summary>A fresh case for a new story; the same case while one is still going on.</summary>
    private async Task<RecoveryState> PrepareAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(turnContext, () => new RecoveryState(), cancellationToken);
        if (string.IsNullOrEmpty(state.Case.ConversationId) || state.Case.Status is not CaseStatus.Open || state.Case.Steps.Exists(s => s.Step == PlaybookStep.Close))
        {
            state.Case = NewCase(turnContext);
            state.Order = null;
            state.StoryConfirmed = false;
            state.Claims.Clear();
            state.HandedOver = false;
        }

        return state;
    }

    private Case NewCase(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var now = _services.Now;
        return new Case
        {
            ConversationId = activity.Conversation?.Id ?? string.Empty,
            Customer = new CustomerRef { Id = activity.From?.Id ?? string.Empty, Name = activity.From?.Name, ChannelId = activity.ChannelId ?? string.Empty },
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>Reads the message once per turn and records how upset the customer is now, and the trend.</summary>
    private MessageUnderstanding TrackMessage(ITurnContext turnContext, RecoveryState state)
    {
        var message = TurnUnderstanding.Of(turnContext, _services);
        if (!turnContext.TurnState.ContainsKey(TrackedKey))
        {
            turnContext.TurnState[TrackedKey] = true;
            state.AngerHistory.Add(message.Sentiment.Anger);
            state.Case.Sentiment.Record(message.Sentiment.Anger, SentimentTracker.Trend(state.AngerHistory).ToString().ToLowerInvariant());
        }

        return message;
    }

    private const string TrackedKey = "BotCare.Dialogs.SentimentTracked";

    private static bool AsksForPerson(MessageUnderstanding message) =>
        message.Intent.Intent == Intent.WantsHuman && (message.Intent.ByRule || message.Intent.Confidence >= 0.8);

    private Task<bool> IsOrderAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(OrderNumberAnswer.IsAnswer(TurnUnderstanding.Of(prompt.Context, _services), Normalize(prompt.Recognized.Value ?? string.Empty)));

    private static string Normalize(string text) => text.Trim().ToLowerInvariant().Replace('’', '\'');

    [GeneratedRegex(@"^(?:let'?s |can we |please |i want to |i'd like to )?(?:start (?:over|again)|restart|begin again|start from (?:the beginning|scratch))[\s.!?]*$")]
    private static partial Regex StartOver();

    [GeneratedRegex(@"^(?:cancel|stop|quit|exit|never ?mind|forget it|forget about it)[\s.!]*$")]
    private static partial Regex Cancel();
}
