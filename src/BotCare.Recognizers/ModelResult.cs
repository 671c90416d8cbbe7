namespace BotCare.Recognizers;

/// <summary>
/// One thing a recognizer found in the user's text, shaped like a Microsoft Recognizers-Text result so
/// that a Bot Framework developer reads it without surprise.
/// </summary>
/// <param name="Text">The matched text, exactly as it appears in the input.</param>
/// <param name="Start">Index of the first matched character in the input.</param>
/// <param name="End">Index of the last matched character in the input (inclusive, as Recognizers-Text).</param>
/// <param name="TypeName">The model's type name, e.g. <c>number</c>, <c>currency</c>, <c>datetimeV2.date</c>.</param>
/// <param name="Resolution">The normalized value(s); keys and value formats are documented per recognizer.</param>
public sealed record ModelResult(
    string Text,
    int Start,
    int End,
    string TypeName,
    IReadOnlyDictionary<string, object?> Resolution);
