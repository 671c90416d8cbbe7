namespace BotCare.Recognizers.Dates;

/// <summary>"3 days", "a week", "half an hour": an amount of a unit, at [Start, End) in the text.</summary>
internal readonly record struct Quantity(int Start, int End, decimal Amount, TimeUnit Unit, bool IsArticle);
