using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Numbers;

/// <summary>The cardinal numbers of a text, digits and words together, longest reading first.</summary>
internal static class NumberExtractor
{
    public static List<TextSpan<decimal>> Cardinals(string text) => Cardinals(text, Tokenizer.Tokenize(text));

    public static List<TextSpan<decimal>> Cardinals(string text, IReadOnlyList<Token> tokens)
    {
        var words = WordNumbers.Find(text, tokens)
            .Where(w => !w.Value.IsOrdinal)
            .Select(w => new TextSpan<decimal>(w.Start, w.End, w.Value.Value));
        return SpanSelector.Longest(DigitNumbers.FindCardinals(text).Concat(words));
    }
}
