using System.Globalization;
using BotCare.Recognizers;

namespace BotCare.Builder.Dialogs;

/// <summary>
/// Asks for a number, in digits or words ("twenty five", "1,250.50", "a dozen"). <typeparamref name="T"/> is
/// <c>int</c>, <c>long</c>, <c>float</c>, <c>double</c> or <c>decimal</c>; an answer that does not fit (2.5
/// for an <c>int</c>) is not recognized.
/// </summary>
public class NumberPrompt<T> : Prompt<T>
    where T : struct
{
    public NumberPrompt(string dialogId, PromptValidator<T>? validator = null, string? defaultLocale = null)
        : base(dialogId, validator)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(float)
            && typeof(T) != typeof(double) && typeof(T) != typeof(decimal))
        {
            throw new NotSupportedException($"NumberPrompt supports int, long, float, double and decimal, not {typeof(T).Name}.");
        }

        DefaultLocale = defaultLocale;
    }

    /// <summary>Kept for SDK parity; recognition is English.</summary>
    public string? DefaultLocale { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
        => SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<T>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        var found = NumberRecognizer.RecognizeNumber(text);
        if (found.Count > 0
            && found[0].Resolution["value"] is string value
            && decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
            && TryConvert(number, out var converted))
        {
            result.Succeeded = true;
            result.Value = converted;
        }

        return Task.FromResult(result);
    }

    private static bool TryConvert(decimal number, out T value)
    {
        object? converted = null;
        if (typeof(T) == typeof(int) && decimal.IsInteger(number) && number is >= int.MinValue and <= int.MaxValue)
        {
            converted = (int)number;
        }
        else if (typeof(T) == typeof(long) && decimal.IsInteger(number) && number is >= long.MinValue and <= long.MaxValue)
        {
            converted = (long)number;
        }
        else if (typeof(T) == typeof(float))
        {
            converted = (float)number;
        }
        else if (typeof(T) == typeof(double))
        {
            converted = (double)number;
        }
        else if (typeof(T) == typeof(decimal))
        {
            converted = number;
        }

        value = converted is T typed ? typed : default;
        return converted is not null;
    }
}
