using BotCare.Recognizers;

namespace BotCare.Builder.Dialogs;

/// <summary>
/// Asks for a date or time ("yesterday", "last Friday", "by tomorrow noon"), understood relative to the
/// user's local time (<see cref="Activity.LocalTimestamp"/>) when the channel sends it.
/// </summary>
public class DateTimePrompt : Prompt<IList<DateTimeResolution>>
{
    private readonly TimeProvider _timeProvider;

    public DateTimePrompt(string dialogId, PromptValidator<IList<DateTimeResolution>>? validator = null, string? defaultLocale = null, TimeProvider? timeProvider = null)
        : base(dialogId, validator)
    {
        DefaultLocale = defaultLocale;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>Kept for SDK parity; recognition is English.</summary>
    public string? DefaultLocale { get; set; }

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
        => SendPromptAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<IList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object?> state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var result = new PromptRecognizerResult<IList<DateTimeResolution>>();
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Task.FromResult(result);
        }

        // The user's wall-clock time: "today" means their today, not the server's.
        var reference = turnContext.Activity.LocalTimestamp?.DateTime ?? _timeProvider.GetLocalNow().DateTime;
        var found = DateTimeRecognizer.RecognizeDateTime(text, reference);
        if (found.Count > 0)
        {
            var values = found[0].Resolution.GetValueOrDefault("values") as IEnumerable<IReadOnlyDictionary<string, string>> ?? [];
            var resolutions = values.Select(ToResolution).ToList();
            result.Succeeded = resolutions.Count > 0;
            result.Value = resolutions;
        }

        return Task.FromResult(result);
    }

    private static DateTimeResolution ToResolution(IReadOnlyDictionary<string, string> value) => new()
    {
        Value = value.GetValueOrDefault("value"),
        Start = value.GetValueOrDefault("start"),
        End = value.GetValueOrDefault("end"),
        Timex = value.GetValueOrDefault("timex"),
    };
}
