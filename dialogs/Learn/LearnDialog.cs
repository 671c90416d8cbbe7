using System.Text.RegularExpressions;
using BotCare.Builder;
using BotCare.Builder.Dialogs;
using BotCare.Cases;

namespace BotCare.Dialogs;

/// <summary>
/// Asks how the problem could have been avoided, records the answer with the case (playbook step 16), and
/// closes warmly.
/// </summary>
public sealed partial class LearnDialog : ComponentDialog
{
    private readonly RecoveryServices _services;
    private readonly IStatePropertyAccessor<RecoveryState> _state;

    public LearnDialog(RecoveryServices services, IStatePropertyAccessor<RecoveryState> state)
        : base(nameof(LearnDialog))
    {
        _services = services ?? throw new ArgumentNullException(nameof(services));
        _state = state ?? throw new ArgumentNullException(nameof(state));
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [AskStepAsync, RecordStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private static Task<DialogTurnResult> AskStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.PromptAsync(
            nameof(TextPrompt),
            new PromptOptions { Prompt = MessageFactory.SuggestedActions([LearnResponses.NotReallyButton], LearnResponses.Ask, inputHint: InputHints.ExpectingInput) },
            cancellationToken);

    private async Task<DialogTurnResult> RecordStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var state = await _state.GetAsync(stepContext.Context, () => new RecoveryState(), cancellationToken);
        var answer = ((string?)stepContext.Result ?? string.Empty).Trim();
        var hasIdea = !NoIdea().IsMatch(answer.ToLowerInvariant());
        var now = _services.Now;
        state.Case.AvoidanceIdea = hasIdea ? answer : null;
        state.Case.RecordStep(PlaybookStep.Learn, now, hasIdea ? null : "no idea given");
        state.Case.RecordStep(PlaybookStep.Close, now);
        state.Case.ClosedAt = now;
        await stepContext.Context.SendActivityAsync(MessageFactory.Text(hasIdea ? LearnResponses.ThanksForIdea : LearnResponses.ThanksAnyway), cancellationToken);
        return await stepContext.EndDialogAsync(null, cancellationToken);
    }

    [GeneratedRegex(@"^(?:no|nope|nah|not really|no idea|not sure|i don'?t know|dunno|idk|nothing|no,? not really|not that i can think of)[\s.!,]*(?:thanks?|thank you)?[\s.!]*$")]
    private static partial Regex NoIdea();
}
