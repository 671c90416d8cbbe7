using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// The check-in after a remedy's due time (playbook step 17: follow up), started by the scheduler's
/// <see cref="FollowUpRequest"/>: did it arrive, are they satisfied now. Not satisfied re-opens the case and brings in
/// a person; satisfied asks a short rating (CSAT, 1 to 5) with an optional comment and thanks them. Both land on the
/// case. A request that is not due (not leased by the scheduler, already sent, or past the follow-up limit) is
/// ignored, so a client posting the event cannot trigger it.
/// </summary>
public sealed class FollowUpDialog : ComponentDialog
{
    private const string AnswerPrompt = "followUpAnswer";
    private const string RatingPrompt = "followUpRating";
    private const string CommentPrompt = "followUpComment";
    private const int MaxCommentLength = 1000;

    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;

    public FollowUpDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(FollowUpDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [CheckInStepAsync, AnswerStepAsync, RatingStepAsync, ThankStepAsync]));
        AddDialog(new ChoicePrompt(AnswerPrompt) { Style = ListStyle.SuggestedAction });
        AddDialog(new ChoicePrompt(RatingPrompt) { Style = ListStyle.SuggestedAction });
        AddDialog(new TextPrompt(CommentPrompt));
        AddDialog(new EscalationDialog(services, state));
        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>Takes the case from the case store (the conversation may have moved on since) and asks how it went.</summary>
    private async Task<DialogTurnResult> CheckInStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var request = stepContext.GetOptions<FollowUpRequest>();
        var now = _services.Now;
        if (request is null || await DueCaseAsync(request, stepContext.Context, now, cancellationToken) is not { } due)
        {
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        var (@case, commitment) = due;
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        state.Case = @case;
        state.CommitmentsRecorded = @case.Commitments.Count;
        state.StoryConfirmed = true;
        state.HandedOver = false;
        @case.FollowUps.Add(new FollowUpRecord { CommitmentId = commitment.Id, SentAt = now });
        @case.RecordStep(PlaybookStep.FollowUp, now, commitment.Id);
        var spokeAt = @case.Agreement?.At ?? commitment.CreatedAt;
        var choices = new List<Choice>
        {
            new(FollowUpResponses.Sorted) { Synonyms = ["yes", "yep", "yeah", "it has", "it arrived", "all good", "sorted", "fine", "happy", "great"] },
            new(FollowUpResponses.NotYet) { Synonyms = ["no", "nope", "not yet", "it hasn't", "still waiting", "not happy", "never arrived", "not really"] },
        };
        return await stepContext.PromptAsync(
            AnswerPrompt,
            new PromptOptions
            {
                Prompt = MessageFactory.Text(FollowUpResponses.CheckIn(@case, _services.BusinessHours.LocalTime(spokeAt), _services.BusinessHours.LocalTime(now), state), null, InputHints.ExpectingInput),
                RetryPrompt = MessageFactory.Text(FollowUpResponses.CheckInRetry, null, InputHints.ExpectingInput),
                Choices = choices,
                MaxAttempts = 2,
            },
            cancellationToken);
    }

    /// <summary>Satisfied: ask for the rating. Anything else (a no, or twice no clear answer): a person puts it right.</summary>
    private async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var @case = state.Case;
        var now = _services.Now;
        var satisfied = stepContext.Result is FoundChoice { Index: 0 };
        var record = @case.FollowUps[^1];
        record.Answer = satisfied ? FollowUpAnswer.Satisfied : FollowUpAnswer.NotSatisfied;
        record.AnsweredAt = now;
        if (!satisfied)
        {
            // Re-opened: the promise did not put it right, so the case is live again until a person closes it.
            @case.Status = CaseStatus.Open;
            @case.ClosedAt = null;
            var said = stepContext.Context.Activity.Text;
            var detail = string.IsNullOrWhiteSpace(said) ? "Not satisfied when followed up." : $"Not satisfied when followed up: \"{said.Trim()}\"";
            return await stepContext.ReplaceDialogAsync(nameof(EscalationDialog), new EscalationOptions { Reason = EscalationReason.NotSatisfiedAfterFollowUp, Detail = detail }, cancellationToken);
        }

        var ratings = Enumerable.Range(1, 5).Select(n => new Choice(n.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        ratings[0].Synonyms = ["poor", "terrible", "awful"];
        ratings[4].Synonyms = ["excellent", "perfect", "brilliant"];
        return await stepContext.PromptAsync(
            RatingPrompt,
            new PromptOptions
            {
                Prompt = MessageFactory.Text(FollowUpResponses.AskRating, null, InputHints.ExpectingInput),
                RetryPrompt = MessageFactory.Text(FollowUpResponses.AskRatingRetry, null, InputHints.ExpectingInput),
                Choices = ratings,
                MaxAttempts = 2,
            },
            cancellationToken);
    }

    /// <summary>The score on the case at once (so it counts even if they leave now), then an optional comment.</summary>
    private async Task<DialogTurnResult> RatingStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        if (stepContext.Result is not FoundChoice { Index: var index })
        {
            Close(state.Case);
            await stepContext.Context.SendActivityAsync(MessageFactory.Text(FollowUpResponses.ThanksNoRating), cancellationToken);
            return await stepContext.EndDialogAsync(null, cancellationToken);
        }

        state.Case.Csat = new Satisfaction { Score = index + 1, At = _services.Now };
        Close(state.Case);
        return await stepContext.PromptAsync(
            CommentPrompt,
            new PromptOptions { Prompt = MessageFactory.SuggestedActions([FollowUpResponses.NoComment], FollowUpResponses.AskComment, inputHint: InputHints.ExpectingInput) },
            cancellationToken);
    }

    private async Task<DialogTurnResult> ThankStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var comment = (stepContext.Result as string)?.Trim();
        var csat = state.Case.Csat!;
        if (!string.IsNullOrEmpty(comment) && !string.Equals(comment, FollowUpResponses.NoComment, StringComparison.OrdinalIgnoreCase) && !IsNo(comment))
        {
            csat.Comment = comment.Length > MaxCommentLength ? comment[..MaxCommentLength] : comment;
        }

        await stepContext.Context.SendActivityAsync(MessageFactory.Text(FollowUpResponses.Thanks(csat.Score)), cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Whether the request is due now, so the conversation gives way to it; see <see cref="DueCaseAsync"/>.</summary>
    public async Task<bool> IsDueAsync(FollowUpRequest request, ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(turnContext);
        return await DueCaseAsync(request, turnContext, _services.Now, cancellationToken) is not null;
    }

    /// <summary>
    /// The case and the commitment when the request is due now: a follow-up of this conversation, open, leased by the
    /// scheduler this very moment, not sent before, and within the configured number of follow-ups per case.
    /// </summary>
    private async Task<(Case Case, Commitment Commitment)?> DueCaseAsync(FollowUpRequest request, ITurnContext turnContext, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_services.Commitments is not { } ledger
            || await ledger.GetAsync(request.CommitmentId, cancellationToken) is not { Kind: CommitmentKind.FollowUp, Status: CommitmentStatus.Open, CaseId: { } caseId } commitment
            || commitment.LeaseUntil is not { } leased || leased <= now
            || commitment.ConversationId != turnContext.Activity.Conversation?.Id
            || await _services.Cases.GetAsync(caseId, cancellationToken) is not { } @case
            || @case.FollowUps.Exists(f => f.CommitmentId == commitment.Id)
            || @case.FollowUps.Count >= _services.Options.MaxFollowUpsPerCase)
        {
            return null;
        }

        return (@case, commitment);
    }

    private void Close(Case @case)
    {
        @case.Status = CaseStatus.Closed;
        @case.ClosedAt ??= _services.Now;
        @case.UpdatedAt = _services.Now;
    }

    private static bool IsNo(string text) => text.TrimEnd('.', '!').ToUpperInvariant() is "NO" or "NOPE" or "NOTHING" or "NO THANKS" or "NO THANK YOU";
}
