using System.Globalization;
using System.Text.RegularExpressions;
using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>
/// Asks what would make it right (or suggests the default when the customer has no idea), weighs the ask
/// against the remedy policy, offers or counter-offers, holds firm on abuse signals, gets agreement, and then
/// acts at once and says what happens next (playbook steps 8 to 15). Turned-down counter-offers, asks beyond
/// the bot's authority and answers it cannot make out end with a handoff to a person.
/// </summary>
public sealed partial class RemedyDialog : ComponentDialog
{
    private const string RoundDialog = "remedyRound";
    private const string AskPrompt = "askRemedy";

    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;

    public RemedyDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(RemedyDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(RoundDialog, [AskStepAsync, WeighStepAsync, AgreementStepAsync]));
        AddDialog(new TextPrompt(AskPrompt, IsAnAnswerAsync));
        AddDialog(new AgreementPrompt(nameof(AgreementPrompt), services));
        InitialDialogId = RoundDialog;
    }

    /// <summary>Ask before suggesting anything; skip the question when the customer already said.</summary>
    private async Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var options = stepContext.GetOptions<RemedyRoundOptions>() ?? new RemedyRoundOptions();
        if (options.WeighNow)
        {
            if (options.Preface is not null)
            {
                await stepContext.Context.SendActivityAsync(MessageFactory.Text(options.Preface), cancellationToken);
            }

            return await stepContext.NextAsync(null, cancellationToken);
        }

        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        state.Case.RecordStep(PlaybookStep.AskRemedy, _services.Now);
        var question = $"{options.Preface} {RemedyResponses.AskWhatWouldMakeItRight(state)}".Trim();
        return await stepContext.PromptAsync(
            AskPrompt,
            new PromptOptions
            {
                Prompt = MessageFactory.SuggestedActions([RemedyResponses.NotSureButton], question, inputHint: InputHints.ExpectingInput),
                RetryPrompt = MessageFactory.SuggestedActions([RemedyResponses.NotSureButton], RemedyResponses.AskRetry, inputHint: InputHints.ExpectingInput),
                MaxAttempts = 2,
            },
            cancellationToken);
    }

    /// <summary>Weigh the ask (or the default, when the customer has no idea) against the policy and answer.</summary>
    private async Task<DialogTurnResult> WeighStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is TooManyAttemptsResult)
        {
            return await stepContext.EndDialogAsync(RemedyOutcome.Escalate(EscalationReason.NotUnderstood, "Could not make out what the customer wants."), cancellationToken);
        }

        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        if (stepContext.Result is string answer)
        {
            RecordAnswer(state, TurnUnderstanding.Of(stepContext.Context, _services), answer);
        }

        var request = state.Case.RemedyRequested ?? new RemedyRequest { Type = RemedyType.None, At = _services.Now };
        var context = new RemedyContext
        {
            Request = request,
            Category = IssueCategories.Main(state.Case),
            Order = state.Order,
            Claims = state.Claims,
            Case = state.Case,
            // "An angry customer" means angry during this conversation, not only in the last message.
            Anger = state.Case.Sentiment.Peak ?? 0,
            Now = _services.Now,
        };
        var decision = _services.Policy.Decide(context);
        switch (decision.Kind)
        {
            case PolicyDecisionKind.NeedsPerson:
                return await NeedsPersonAsync(stepContext, state, decision, cancellationToken);
            case PolicyDecisionKind.StandFirm:
                state.Case.AbuseSignals = [.. _services.Policy.AbuseSignals(context)];
                state.Case.RecordStep(PlaybookStep.StandFirm, _services.Now);
                return await OfferAsync(stepContext, state, decision, OfferKind.StoodFirm, RemedyResponses.StandFirm(decision.Remedy, state, RecordFact(state)), cancellationToken);
            case PolicyDecisionKind.CounterOffer:
                state.Case.RecordStep(PlaybookStep.CounterOffer, _services.Now, decision.Reason.ToString());
                return await OfferAsync(stepContext, state, decision, OfferKind.CounterOffer, RemedyResponses.CounterOffer(decision, state), cancellationToken);
            default:
                var suggested = request.Type == RemedyType.None;
                if (suggested)
                {
                    state.Case.RecordStep(PlaybookStep.SuggestRemedy, _services.Now);
                }

                var text = suggested ? RemedyResponses.Suggested(decision.Remedy, state) : RemedyResponses.Accepted(state, decision.Remedy);
                return await OfferAsync(stepContext, state, decision, suggested ? OfferKind.Suggested : OfferKind.Accepted, text, cancellationToken);
        }
    }

    /// <summary>Agreed: act. A new ask: weigh it. Turned down: ask again once, or hand over.</summary>
    private async Task<DialogTurnResult> AgreementStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var offer = state.Case.PendingOffer;
        if (stepContext.Result is not AgreementAnswer answer || offer is null)
        {
            return await stepContext.EndDialogAsync(RemedyOutcome.Escalate(EscalationReason.NotUnderstood, "Could not tell whether the customer agreed."), cancellationToken);
        }

        if (answer.Agreed is true)
        {
            return await ActAsync(stepContext, state, offer, cancellationToken);
        }

        offer.Response = OfferResponse.Declined;
        var options = stepContext.GetOptions<RemedyRoundOptions>() ?? new RemedyRoundOptions();
        if (answer.NewAsk is { } newAsk)
        {
            var request = StoryRecorder.RecordRequest(state, newAsk, answer.Text, _services.Now);
            if (request.Type == RemedyType.None)
            {
                // An amount alone changes the money part of what was offered.
                request.Type = offer.Remedy.Items.FirstOrDefault(i => i.Amount is not null)?.Type ?? offer.Remedy.PrimaryType;
            }

            return await stepContext.ReplaceDialogAsync(RoundDialog, new RemedyRoundOptions { WeighNow = true, Declines = options.Declines + 1 }, cancellationToken);
        }

        var detail = $"Asked for {state.Case.RemedyRequested?.CustomerWords ?? "nothing specific"}; turned down {offer.Remedy}.";
        if (offer.Kind == OfferKind.StoodFirm)
        {
            return await stepContext.EndDialogAsync(RemedyOutcome.Escalate(EscalationReason.SuspectedAbuse, detail + " " + string.Join(" ", state.Case.AbuseSignals)), cancellationToken);
        }

        if (offer.Kind == OfferKind.CounterOffer || options.Declines >= 1)
        {
            return await stepContext.EndDialogAsync(RemedyOutcome.Escalate(EscalationReason.CounterOfferRefused, detail), cancellationToken);
        }

        state.Case.RemedyRequested = null;
        return await stepContext.ReplaceDialogAsync(RoundDialog, new RemedyRoundOptions { Preface = "Okay.", Declines = options.Declines + 1 }, cancellationToken);
    }

    private async Task<DialogTurnResult> OfferAsync(WaterfallStepContext stepContext, RecoveryState state, PolicyDecision decision, OfferKind kind, string text, CancellationToken cancellationToken)
    {
        state.Case.Offers.Add(new Offer { Kind = kind, Remedy = decision.Remedy, Reason = decision.Explanation, At = _services.Now });
        return await stepContext.PromptAsync(
            nameof(AgreementPrompt),
            new PromptOptions { Prompt = MessageFactory.Text(text, null, InputHints.ExpectingInput), RetryPrompt = MessageFactory.Text(RemedyResponses.AgreementRetry), MaxAttempts = 2 },
            cancellationToken);
    }

    /// <summary>Act at once (playbook step 13), say what happens next, and promise a check-in (step 17).</summary>
    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext stepContext, RecoveryState state, Offer offer, CancellationToken cancellationToken)
    {
        var @case = state.Case;
        var now = _services.Now;
        offer.Response = OfferResponse.Agreed;
        @case.Agreement = new Agreement { Remedy = offer.Remedy, At = now };
        @case.RecordStep(PlaybookStep.Agreement, now);

        var references = new List<string>();
        foreach (var item in offer.Remedy.Items)
        {
            var reference = await _services.Fulfillment.ExecuteAsync(@case, item, @case.NextActionKey, cancellationToken);
            references.Add(reference);
            @case.Actions.Add(new RemedyAction { Item = item, Description = RemedyWording.Done(new Remedy(item), state), Reference = reference, At = now });
        }

        @case.RecordStep(PlaybookStep.Action, now, string.Join(", ", references));
        if (offer.Remedy.Includes(RemedyType.Coupon))
        {
            @case.RecordStep(PlaybookStep.Incentive, now);
        }

        var primary = offer.Remedy.PrimaryType;
        var days = _services.Options.FollowUpDays.GetValueOrDefault(primary, 7);

        // Whole days land at 10 am, a civil hour to hear from a company; under a day means that long from now.
        var due = days >= 1
            ? _services.BusinessHours.DaysAhead(now, (int)Math.Round(days), new TimeOnly(10, 0))
            : now + TimeSpan.FromDays(Math.Max(0, days));
        var when = WhenSaid(due, now);
        var checkIn = RemedyResponses.CheckIn(when, primary, state);
        @case.AddCommitment(new Commitment { What = checkIn, DueAt = due, Owner = "bot", CreatedAt = now, Kind = CommitmentKind.FollowUp });
        @case.RecordStep(PlaybookStep.Commitment, now, due.ToString("O", CultureInfo.InvariantCulture));
        @case.Status = CaseStatus.Resolved;

        await stepContext.Context.SendActivityAsync(MessageFactory.Text(RemedyResponses.Done(offer.Remedy, state, checkIn, references)), cancellationToken);
        return await stepContext.EndDialogAsync(RemedyOutcome.Resolved, cancellationToken);
    }

    /// <summary>Approval goes to a person; what the bot cannot do or check gets an honest promise with a time.</summary>
    private async Task<DialogTurnResult> NeedsPersonAsync(WaterfallStepContext stepContext, RecoveryState state, PolicyDecision decision, CancellationToken cancellationToken)
    {
        if (decision.Reason is PolicyReason.NeedsApproval or PolicyReason.GeneralUnhappiness)
        {
            var reason = decision.Reason == PolicyReason.NeedsApproval ? EscalationReason.NeedsApproval : EscalationReason.GeneralUnhappiness;
            return await stepContext.EndDialogAsync(RemedyOutcome.Escalate(reason, decision.Explanation), cancellationToken);
        }

        var now = _services.Now;
        var due = _services.BusinessHours.EndOfBusinessDay(now);
        var by = _services.BusinessHours.Describe(due, now);
        state.Case.AddCommitment(new Commitment { What = $"Look into: {decision.Explanation}", DueAt = due, Owner = _services.Options.TeamName, CreatedAt = now });
        state.Case.RecordStep(PlaybookStep.Commitment, now, decision.Reason.ToString());
        var noted = RemedyResponses.Noted(state.Case.RemedyRequested?.Type ?? RemedyType.None);
        await stepContext.Context.SendActivityAsync(MessageFactory.Text(RemedyResponses.WillGetBack(noted, _services.Options.TeamName, by)), cancellationToken);
        return await stepContext.EndDialogAsync(RemedyOutcome.Committed, cancellationToken);
    }

    /// <summary>What the order record says against the customer's claim, in plain words, when it says anything.</summary>
    private string? RecordFact(RecoveryState state)
    {
        var order = state.Order;
        if (order is null)
        {
            return null;
        }

        if (state.Claims.Contains(CustomerClaim.NotDelivered) && order.DeliveredAt is { } delivered && order.ProofOfDelivery)
        {
            var day = _services.BusinessHours.LocalTime(delivered).ToString("dddd d MMMM", CultureInfo.InvariantCulture);
            return $"Our records show the order was delivered on {day} and signed for.";
        }

        return state.Claims.Contains(CustomerClaim.ChargedTwice) && order.Charges < 2
            ? "Our records show a single charge for this order."
            : null;
    }

    /// <summary>Records what the customer asked for; "not sure" asks the bot to suggest.</summary>
    private void RecordAnswer(RecoveryState state, MessageUnderstanding message, string answer)
    {
        if (NotSure().IsMatch(answer.ToLowerInvariant()))
        {
            state.Case.RequestRemedy(new RemedyRequest { Type = RemedyType.None, CustomerWords = answer, At = _services.Now });
            return;
        }

        var ask = message.Extraction.Remedy ?? new RemedyAsk(RemedyKind.None);
        StoryRecorder.RecordRequest(state, ask, answer, _services.Now);
    }

    private Task<bool> IsAnAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Recognized.Value ?? string.Empty;
        var message = TurnUnderstanding.Of(prompt.Context, _services);
        return Task.FromResult(NotSure().IsMatch(text.ToLowerInvariant()) || message.Extraction.Remedy is not null);
    }

    private string WhenSaid(DateTimeOffset due, DateTimeOffset now)
    {
        var days = (DateOnly.FromDateTime(_services.BusinessHours.LocalTime(due)).DayNumber - DateOnly.FromDateTime(_services.BusinessHours.LocalTime(now)).DayNumber);
        var local = _services.BusinessHours.LocalTime(due);
        return days switch
        {
            <= 0 => "later today",
            1 => "tomorrow",
            < 7 => "on " + local.DayOfWeek,
            _ => "on " + local.ToString("MMMM d", CultureInfo.InvariantCulture),
        };
    }

    [GeneratedRegex(@"\b(?:not sure|unsure|no idea|don'?t know|dunno|idk|whatever you (?:think|suggest)|you tell me|up to you|what (?:can|could) you (?:do|offer)|what do you (?:suggest|recommend|think)|i don'?t mind|anything (?:that works|reasonable))\b")]
    private static partial Regex NotSure();
}
