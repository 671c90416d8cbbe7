using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;
using BotCare.Understanding;

namespace BotCare.Dialogs;

/// <summary>
/// Repeats the problem back in the customer's own words and asks them to confirm (playbook step 4). When it
/// is wrong, asks what was missed, takes the correction in and repeats back again, a bounded number of times.
/// </summary>
public sealed partial class RepeatBackDialog : ComponentDialog
{
    private const string RoundDialog = "repeatBackRound";
    private const string CorrectionsKey = "corrections";

    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;

    public RepeatBackDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(RepeatBackDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(RoundDialog, [RetellStepAsync, CheckStepAsync, CorrectStepAsync]));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        InitialDialogId = RoundDialog;
    }

    private async Task<DialogTurnResult> RetellStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var corrections = stepContext.GetOptions<Dictionary<string, object?>>() is { } options && options.TryGetValue(CorrectionsKey, out var count)
            ? Convert.ToInt32(count, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        stepContext.Values[CorrectionsKey] = corrections;
        var story = StoryRetelling.Of(state.Case.Issues);
        state.Case.RecordStep(PlaybookStep.RepeatBack, _services.Now, corrections > 0 ? "after correction" : null);

        return await stepContext.PromptAsync(
            nameof(ConfirmPrompt),
            new PromptOptions
            {
                Prompt = MessageFactory.Text(RepeatBackResponses.Retell(state, story, state.Case.Issues.Count, corrections > 0)),
                RetryPrompt = MessageFactory.Text(RepeatBackResponses.Retry),
                MaxAttempts = 2,
            },
            cancellationToken);
    }

    /// <summary>Yes ends the round; a "no" that already says what is wrong is taken in at once.</summary>
    private async Task<DialogTurnResult> CheckStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        switch (stepContext.Result)
        {
            case true:
                (await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken)).StoryConfirmed = true;
                return await stepContext.EndDialogAsync(RepeatBackOutcome.Confirmed, cancellationToken);
            case TooManyAttemptsResult:
                return await stepContext.EndDialogAsync(RepeatBackOutcome.NotConfirmed, cancellationToken);
        }

        var corrections = stepContext.GetValue<int>(CorrectionsKey) + 1;
        stepContext.Values[CorrectionsKey] = corrections;
        if (corrections > _services.Options.MaxRepeatBackCorrections)
        {
            return await stepContext.EndDialogAsync(RepeatBackOutcome.NotConfirmed, cancellationToken);
        }

        var message = TurnUnderstanding.Of(stepContext.Context, _services);
        if (message.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
        {
            return await stepContext.NextAsync(message.Text, cancellationToken);
        }

        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        return await stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text(RepeatBackResponses.WhatDidIMiss(state)) }, cancellationToken);
    }

    /// <summary>The correction replaces what was said about the same kind of problem, or adds to the story.</summary>
    private async Task<DialogTurnResult> CorrectStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var correction = _services.Understander.Understand((string)stepContext.Result!, _services.BusinessHours.LocalTime(_services.Now));
        Correct(state, correction);
        var corrections = stepContext.GetValue<int>(CorrectionsKey);
        return await stepContext.ReplaceDialogAsync(RoundDialog, new Dictionary<string, object?> { [CorrectionsKey] = corrections }, cancellationToken);
    }

    private void Correct(RecoveryState state, MessageUnderstanding correction)
    {
        var issues = state.Case.Issues;
        var told = correction.Issues.Count > 0
            ? correction.Issues
            : [new StoryIssue(StripNo(correction.Text), issues.Count > 0 ? IntentOf(issues[^1].Category) : Intent.ServiceProblem, 0)];

        foreach (var storyIssue in told)
        {
            var category = IssueCategories.From(storyIssue.Category);
            var same = issues.Find(i => i.Category == category);
            if (same is not null)
            {
                // "No, it wasn't the headphones, it was the earbuds" or a full retelling replaces; "it drops every
                // evening" adds a detail.
                var restated = Negates().IsMatch(correction.Text.ToLowerInvariant()) || correction.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8;
                same.Description = restated
                    ? storyIssue.Text
                    : $"{same.Description}, and {storyIssue.Text}";
            }
            else
            {
                issues.Add(new Issue { Description = storyIssue.Text, Category = category, OrderNumber = state.Case.OrderNumber, RaisedAt = _services.Now });
            }
        }

        if (state.Case.OrderNumber is null && correction.Extraction.OrderNumbers.Count > 0)
        {
            state.Case.OrderNumber = correction.Extraction.OrderNumbers[0];
        }
    }

    /// <summary>"No, it was the earbuds" corrects with "it was the earbuds".</summary>
    private static string StripNo(string text)
    {
        var trimmed = text.Trim();
        foreach (var lead in new[] { "no,", "no.", "no ", "nope,", "nope ", "not quite,", "not quite " })
        {
            if (trimmed.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                return trimmed[lead.Length..].Trim();
            }
        }

        return trimmed;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:not|wasn'?t|isn'?t|didn'?t|actually|instead|rather|wrong)\b")]
    private static partial System.Text.RegularExpressions.Regex Negates();

    private static Intent IntentOf(IssueCategory category) => category switch
    {
        IssueCategory.Product => Intent.ProductProblem,
        IssueCategory.Delivery => Intent.DeliveryProblem,
        IssueCategory.Billing => Intent.BillingProblem,
        IssueCategory.General => Intent.GeneralUnhappiness,
        _ => Intent.ServiceProblem,
    };
}
