using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// Hands the conversation to a person (playbook step 18): says why, shows the brief it will pass on and asks
/// whether it is right, records the escalation and its reason on the case, and sends a
/// <c>handoff.initiate</c> event carrying the brief and the transcript. Then it waits for the agent side: a failed
/// handoff gets a concrete time; a chat handed back gets what the colleague recorded, then the closing questions.
/// </summary>
public sealed class EscalationDialog : ComponentDialog
{
    private const string NoteKey = "note";
    private const string SaidKey = "briefSaid";
    private const string ApologyKey = "apology";

    /// <summary>The brief was told, not asked: nothing to confirm.</summary>
    private const string Said = "said";
    private const string AboutPrompt = "about";

    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;

    public EscalationDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(EscalationDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [BriefStepAsync, CheckStepAsync, NoteStepAsync, HandOffStepAsync, AfterAgentStepAsync, FinishStepAsync]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new TextPrompt(AboutPrompt));
        AddDialog(new AwaitAgentDialog());
        AddDialog(new LearnDialog(services, state));
        InitialDialogId = nameof(WaterfallDialog);
    }

    /// <summary>Why, then the brief to confirm; with no story yet, one question about what it is.</summary>
    private async Task<DialogTurnResult> BriefStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var options = stepContext.GetOptions<EscalationOptions>() ?? new EscalationOptions();
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);

        // Recorded when decided, so the case shows it even if the customer leaves before confirming the brief.
        state.Case.Escalate(options.Reason, options.Detail, _services.Now);
        state.HandedOver = true;
        var opening = $"{options.Preface} {EscalationResponses.Why(options.Reason, options.Detail)}".Trim();
        if (state.Case.Issues.Count == 0)
        {
            if (options.Reason != EscalationReason.CustomerAsked)
            {
                // Nothing to summarize: the transcript tells the colleague everything there is.
                await stepContext.Context.SendActivityAsync(MessageFactory.Text(opening), cancellationToken);
                return await stepContext.NextAsync(Said, cancellationToken);
            }

            return await stepContext.PromptAsync(AboutPrompt, new PromptOptions { Prompt = MessageFactory.Text($"{opening} {EscalationResponses.WhatIsItAbout}", null, InputHints.ExpectingInput) }, cancellationToken);
        }

        var story = SpokenBrief(state);
        if (state.StoryConfirmed || options.Reason is EscalationReason.AngerRising or EscalationReason.NotUnderstood)
        {
            // Confirmed already, too upset to be asked again, or the asking is what went wrong: say it, don't ask it.
            await stepContext.Context.SendActivityAsync(MessageFactory.Text($"{opening} {EscalationResponses.PassingOn(story)}"), cancellationToken);
            return await stepContext.NextAsync(Said, cancellationToken);
        }

        var brief = EscalationResponses.Brief(story);
        return await stepContext.PromptAsync(
            nameof(ConfirmPrompt),
            new PromptOptions { Prompt = MessageFactory.Text($"{opening} {brief}", null, InputHints.ExpectingInput), MaxAttempts = 1 },
            cancellationToken);
    }

    /// <summary>A yes passes the brief on as it is; anything else becomes a note for the agent.</summary>
    private async Task<DialogTurnResult> CheckStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var text = stepContext.Context.Activity.Text ?? string.Empty;
        switch (stepContext.Result)
        {
            case Said:
                stepContext.Values[SaidKey] = true;
                return await stepContext.NextAsync(null, cancellationToken);
            case true:
                return await stepContext.NextAsync(null, cancellationToken);
            case string about:
                var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
                var message = TurnUnderstanding.Of(stepContext.Context, _services);
                var added = await StoryRecorder.AbsorbAsync(state, message, _services, cancellationToken);
                if (added.Count > 0)
                {
                    stepContext.Values[ApologyKey] = ListenResponses.Apology(state, added, message.Sentiment.Level, _services.Now);
                    added.ToList().ForEach(issue => state.Case.RecordStep(PlaybookStep.Apologize, _services.Now, issue.Id));
                }

                return await stepContext.NextAsync(state.Case.Issues.Count == 0 ? about : null, cancellationToken);
            case false when text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3:
                return await stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(EscalationResponses.WhatToChange) }, cancellationToken);
            default:
                return await stepContext.NextAsync(text, cancellationToken);
        }
    }

    private static async Task<DialogTurnResult> NoteStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Result is string { Length: > 0 } note)
        {
            stepContext.Values[NoteKey] = note;
        }

        return await stepContext.NextAsync(null, cancellationToken);
    }

    /// <summary>Record, tell the customer what happens next, and ask for a person with the brief and transcript.</summary>
    private async Task<DialogTurnResult> HandOffStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var options = stepContext.GetOptions<EscalationOptions>() ?? new EscalationOptions();
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var note = stepContext.GetValue<string>(NoteKey);

        var confirmedByCustomer = !stepContext.Values.ContainsKey(SaidKey);
        var apology = stepContext.GetValue<string>(ApologyKey);
        var passedOn = EscalationResponses.PassedOn(_services.Options.TeamName, confirmedByCustomer);
        await stepContext.Context.SendActivityAsync(MessageFactory.Text(apology is null ? passedOn : $"{apology} {passedOn}"), cancellationToken);
        var brief = CaseBrief.From(state.Case, options.Reason, options.Detail, note);
        var transcript = await TranscriptSoFarAsync(stepContext.Context, cancellationToken);
        await stepContext.Context.SendActivityAsync(EventFactory.CreateHandoffInitiation(stepContext.Context, brief, transcript), cancellationToken);
        return await stepContext.BeginDialogAsync(nameof(AwaitAgentDialog), null, cancellationToken);
    }

    /// <summary>
    /// The agent side finished. Failed: promise a concrete time instead of leaving the customer hanging. Completed:
    /// the bot is back, says what the colleague recorded, records the hand-back, and asks the closing questions
    /// (playbook step 16), or just closes when they were asked already.
    /// </summary>
    private async Task<DialogTurnResult> AfterAgentStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        state.HandedOver = false;
        var status = stepContext.Result as HandoffStatus;
        var now = _services.Now;
        if (status is { State: HandoffStates.Completed })
        {
            // The agent's words are data: quoted in a plain-text message, never read for meaning or formatting.
            var noted = string.IsNullOrWhiteSpace(status.Message) ? null : status.Message.Trim();
            state.Case.RecordStep(PlaybookStep.Escalate, now, noted is null ? "handed back" : $"handed back: {noted}");
            var back = EscalationResponses.Back(noted);
            if (state.Case.HasStep(PlaybookStep.Learn))
            {
                state.Case.RecordStep(PlaybookStep.Close, now, "after hand-back");
                state.Case.ClosedAt = now;
                await stepContext.Context.SendActivityAsync(PlainText($"{back} {EscalationResponses.Goodbye}"), cancellationToken);
                return await stepContext.EndDialogAsync(status.State, cancellationToken);
            }

            await stepContext.Context.SendActivityAsync(PlainText(back), cancellationToken);
            return await stepContext.BeginDialogAsync(nameof(LearnDialog), null, cancellationToken);
        }

        if (status is { State: HandoffStates.Closed })
        {
            // The agent ended the chat and said goodbye themselves: the bot records the outcome and stays quiet, and
            // the next message starts a new story.
            var outcome = string.IsNullOrWhiteSpace(status.Message) ? "closed by an agent" : status.Message.Trim();
            state.Case.RecordStep(PlaybookStep.Close, now, outcome);
            state.Case.Status = CaseStatus.Closed;
            state.Case.ClosedAt = now;
            return await stepContext.EndDialogAsync(status.State, cancellationToken);
        }

        if (status is { State: HandoffStates.Failed })
        {
            var due = _services.BusinessHours.EndOfBusinessDay(now);
            var by = _services.BusinessHours.Describe(due, now);
            state.Case.AddCommitment(new Commitment { What = "Contact the customer about the escalated case", DueAt = due, Owner = _services.Options.TeamName, CreatedAt = now, Kind = CommitmentKind.Callback });
            var chose = status.Message == HandoffReasons.ContactLater;
            state.Case.RecordStep(PlaybookStep.Commitment, now, chose ? "the customer chose to be contacted later" : "handoff failed");
            var promise = chose ? EscalationResponses.WillContactYou(_services.Options.TeamName, by) : EscalationResponses.HandoffFailed(_services.Options.TeamName, by);
            await stepContext.Context.SendActivityAsync(MessageFactory.Text(promise), cancellationToken);
        }

        return await stepContext.EndDialogAsync(status?.State, cancellationToken);
    }

    /// <summary>After the closing questions of a chat handed back: the escalation is over.</summary>
    private static Task<DialogTurnResult> FinishStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.EndDialogAsync(HandoffStates.Completed, cancellationToken);

    private static Activity PlainText(string text)
    {
        var message = MessageFactory.Text(text);
        message.TextFormat = TextFormatTypes.Plain;
        return message;
    }

    /// <summary>The story, and what was asked and offered, as the colleague will read it.</summary>
    private static string SpokenBrief(RecoveryState state)
    {
        var story = StoryRetelling.Of(state.Case.Issues);
        if (state.Case.RemedyRequested is { Type: not RemedyType.None } asked)
        {
            story += $"; you asked for {RemedyWording.Asked(asked)}";
        }

        if (state.Case.LastOffer is { } offer && !offer.Remedy.IsEmpty)
        {
            story += $"; I offered {RemedyWording.Short(offer.Remedy, state)}";
        }

        return story;
    }

    /// <summary>The conversation so far, for the agent: what the transcript store has, plus this turn's message.</summary>
    private async Task<Transcript?> TranscriptSoFarAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (_services.Transcripts is null)
        {
            return null;
        }

        var activity = turnContext.Activity;
        var activities = new List<Activity>();
        string? token = null;
        do
        {
            var page = await _services.Transcripts.GetTranscriptActivitiesAsync(activity.ChannelId!, activity.Conversation!.Id!, token, default, cancellationToken);
            activities.AddRange(page.Items.OfType<Activity>());
            token = page.ContinuationToken;
        }
        while (token is not null);

        if (activity.Type == ActivityTypes.Message && !activities.Exists(a => a.Id == activity.Id))
        {
            activities.Add(activity.Clone());
        }

        return new Transcript(activities);
    }
}
