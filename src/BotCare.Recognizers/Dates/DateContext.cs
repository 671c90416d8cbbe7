namespace BotCare.Recognizers.Dates;

/// <summary>The text being read and the moment it was said.</summary>
internal sealed record DateContext(string Text, DateTime Reference)
{
    public DateOnly Today => DateOnly.FromDateTime(Reference);

    public Tense TenseAt(int start, int end) => TenseCues.Detect(Text, start, end);
}
