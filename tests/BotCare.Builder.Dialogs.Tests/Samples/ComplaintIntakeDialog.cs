using System.Globalization;

namespace BotCare.Builder.Dialogs.Tests.Samples;

/// <summary>
/// A small sample bot dialog in the style of the Bot Framework samples: a text prompt, a money prompt and a
/// confirm prompt, with the answers carried in <see cref="WaterfallStepContext.Values"/>.
/// </summary>
internal sealed class ComplaintIntakeDialog : ComponentDialog
{
    private const string ProblemKey = "problem";
    private const string PaidKey = "paid";

    public ComplaintIntakeDialog()
        : base(nameof(ComplaintIntakeDialog))
    {
        AddDialog(new WaterfallDialog(nameof(WaterfallDialog), [ProblemStepAsync, PaidStepAsync, ConfirmStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new MoneyPrompt(nameof(MoneyPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
        InitialDialogId = nameof(WaterfallDialog);
    }

    private static Task<DialogTurnResult> ProblemStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken) =>
        stepContext.PromptAsync(nameof(TextPrompt), new PromptOptions { Prompt = MessageFactory.Text("I'm sorry something went wrong. What happened?") }, cancellationToken);

    private static Task<DialogTurnResult> PaidStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        stepContext.Values[ProblemKey] = (string)stepContext.Result!;
        return stepContext.PromptAsync(
            nameof(MoneyPrompt),
            new PromptOptions
            {
                Prompt = MessageFactory.Text("How much did you pay?"),
                RetryPrompt = MessageFactory.Text("Sorry, how much was it? For example $25."),
            },
            cancellationToken);
    }

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var paid = (MoneyAmount)stepContext.Result!;
        stepContext.Values[PaidKey] = paid;
        var problem = stepContext.GetValue<string>(ProblemKey);
        return stepContext.PromptAsync(
            nameof(ConfirmPrompt),
            new PromptOptions { Prompt = MessageFactory.Text($"So: \"{problem}\", and you paid {Format(paid)}. Is that right?") },
            cancellationToken);
    }

    private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext stepContext, CancellationToken cancellationToken)
    {
        var paid = stepContext.GetValue<MoneyAmount>(PaidKey)!;
        if (stepContext.Result is true)
        {
            await stepContext.Context.SendActivityAsync($"Thank you. I've noted a refund request of up to {Format(paid)}.", cancellationToken: cancellationToken);
            return await stepContext.EndDialogAsync(paid, cancellationToken);
        }

        await stepContext.Context.SendActivityAsync("Let's start again.", cancellationToken: cancellationToken);
        return await stepContext.ReplaceDialogAsync(nameof(WaterfallDialog), null, cancellationToken);
    }

    private static string Format(MoneyAmount money) =>
        $"{money.Amount.ToString("0.00", CultureInfo.InvariantCulture)} {money.Currency}";
}
