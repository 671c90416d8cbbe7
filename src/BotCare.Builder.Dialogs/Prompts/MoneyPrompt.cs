using System.Globalization;
using BotCare.Recognizers;

namespace BotCare.Builder.Dialogs;

/// <summary>
/// Asks for an amount of money: "$50", "50 bucks", "fifty dollars", "€20", "USD 1,200". A bare number takes
/// <see cref="DefaultCurrency"/> when one is set. Vague amounts ("half my money back") are not amounts and
/// get the retry prompt.
/// </summary>
public class MoneyPrompt : Prompt<MoneyAmount>
{
    public MoneyPrompt(string dialogId, PromptValidator<MoneyAmount>? validator = null, string? defaultCurrency = "USD")
        : base(dialogId, validator)
    {
        DefaultCurrency = defaultCurrency;
    }

    /// <summary>The currency of an answer without one ("about 120"); null requires the customer to say it.</summary>
    public string? DefaultCurrency { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
        => SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<MoneyAmount>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text;
        var result = new PromptRecognizerResult<MoneyAmount>();
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var amount = FromCurrency(NumberWithUnitRecognizer.RecognizeCurrency(text)) ?? FromBareNumber(text);
        result.Succeeded = amount is not null;
        result.Value = amount;
        return Task.FromResult(result);
    }

    private static MoneyAmount? FromCurrency(IReadOnlyList<ModelResult> found)
    {
        foreach (var money in found)
        {
            if (money.Resolution.GetValueOrDefault("isoCurrency") is string { Length: > 0 } currency
                && TryParse(money.Resolution.GetValueOrDefault("value"), out var amount))
            {
                return new MoneyAmount(amount, currency);
            }
        }

        return null;
    }

    private MoneyAmount? FromBareNumber(string text)
    {
        if (DefaultCurrency is null)
        {
            return null;
        }

        // Only when the number is the answer itself ("120", "about 120"), not part of a percentage.
        if (NumberRecognizer.RecognizePercentage(text).Count > 0)
        {
            return null;
        }

        // "half" or "a quarter" is a share of something, not an amount of money.
        var numbers = NumberRecognizer.RecognizeNumber(text);
        return numbers.Count == 1
            && TryParse(numbers[0].Resolution.GetValueOrDefault("value"), out var amount)
            && (numbers[0].Text.Any(char.IsAsciiDigit) || (amount >= 1 && decimal.IsInteger(amount)))
            ? new MoneyAmount(amount, DefaultCurrency)
            : null;
    }

    private static bool TryParse(object? value, out decimal amount) =>
        decimal.TryParse(value as string, NumberStyles.Number, CultureInfo.InvariantCulture, out amount);
}
