using BotCare.Recognizers.Text;

namespace BotCare.Recognizers.Numbers;

/// <summary>Walks from word to word the way a spelled number is written: spaces, or a hyphen with no spaces.</summary>
internal readonly struct TokenChain(string text, IReadOnlyList<Token> tokens)
{
    public IReadOnlyList<Token> Tokens => tokens;

    public string Word(int index) => index >= 0 && index < tokens.Count && tokens[index].IsWord ? tokens[index].Normal : string.Empty;

    /// <summary>The index of the word that continues the phrase after <paramref name="index"/>, or -1.</summary>
    public int Next(int index)
    {
        if (index < 0 || index + 1 >= tokens.Count)
        {
            return -1;
        }

        var current = tokens[index];
        var next = tokens[index + 1];
        if (next.IsWord)
        {
            return Tokenizer.IsWhitespaceGap(text, current.End, next.Start) ? index + 1 : -1;
        }

        var isTightHyphen = next.Normal == "-" && next.Start == current.End && index + 2 < tokens.Count;
        return isTightHyphen && tokens[index + 2].IsWord && tokens[index + 2].Start == next.End ? index + 2 : -1;
    }

    public string NextWord(int index) => Word(Next(index));
}
