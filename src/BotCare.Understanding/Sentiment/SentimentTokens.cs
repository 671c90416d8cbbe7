namespace BotCare.Understanding;

/// <summary>
/// The tokens sentiment reads, in order, as spans of the text: a run of ASCII letters with the apostrophes,
/// hyphens and asterisks inside words ("don't", "rip-off", "f*ck"), or a run of "!" and "?".
/// </summary>
/// <remarks>The same tokens as the regular expression <c>[A-Za-z][A-Za-z*'’-]*|[!?]+</c>, found without one.</remarks>
internal ref struct SentimentTokens(string text)
{
    private int _next;

    public ReadOnlySpan<char> Current { get; private set; }

    public bool MoveNext()
    {
        for (var start = _next; start < text.Length; start++)
        {
            var first = text[start];
            if (!char.IsAsciiLetter(first) && first is not ('!' or '?'))
            {
                continue;
            }

            var end = start + 1;
            while (end < text.Length && (char.IsAsciiLetter(first) ? IsInWord(text[end]) : text[end] is '!' or '?'))
            {
                end++;
            }

            Current = text.AsSpan(start, end - start);
            _next = end;
            return true;
        }

        _next = text.Length;
        return false;
    }

    private static bool IsInWord(char c) => char.IsAsciiLetter(c) || c is '*' or '\'' or '’' or '-';
}
