namespace BotCare.Recognizers.Text;

/// <summary>A candidate match: [Start, End) in the input plus whatever the recognizer resolved.</summary>
internal readonly record struct TextSpan<T>(int Start, int End, T Value)
{
    public int Length => End - Start;
}
