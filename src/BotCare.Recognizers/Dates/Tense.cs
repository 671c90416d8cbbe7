namespace BotCare.Recognizers.Dates;

/// <summary>Whether the words around a date point to the past or the future.</summary>
internal enum Tense
{
    None,
    Past,
    Future,
}
