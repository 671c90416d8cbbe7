using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Dates;

/// <summary>The text being read and the moment it was said.</summary>
internal sealed record DateContext(string Text, DateTime Reference)
{
    public DateOnly Today => DateOnly.FromDateTime(Reference);

    /// <summary>Tells the parsers which of their patterns cannot match, so they skip them.</summary>
    public TextScreen Screen { get; } = new(Text);

    public Tense TenseAt(int start, int end) => TenseCues.Detect(Text, start, end);
}
