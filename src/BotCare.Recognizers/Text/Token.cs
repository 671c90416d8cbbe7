namespace BotCare.Recognizers.Text;

/// <summary>A word or symbol of the input, with its position and its folded form for matching.</summary>
/// <param name="Start">Index of the first character in the input.</param>
/// <param name="Length">Number of characters in the input.</param>
/// <param name="Normal">Lower case, accents folded, apostrophes dropped ("That’s" becomes "thats").</param>
/// <param name="Kind">Whether the token is a word (letters and digits) or a single symbol.</param>
internal readonly record struct Token(int Start, int Length, string Normal, TokenKind Kind)
{
    public int End => Start + Length;

    public bool IsWord => Kind == TokenKind.Word;
}
