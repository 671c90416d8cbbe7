namespace BotCare.Recognizers.Text;

/// <summary>
/// The few words before a position, so that "what precedes this number?" costs the same on a long message as
/// on a short one.
/// </summary>
internal static class TextWindow
{
    /// <summary>Past this, a run without spaces is not a word worth keeping whole (and the scan stays cheap).</summary>
    private const int LongestWord = 32;

    /// <summary>
    /// A start index about <paramref name="size"/> characters before <paramref name="end"/>, moved back to a
    /// whitespace so that no word is cut in half (a cut "within" must not read as "in").
    /// </summary>
    public static int StartBefore(string text, int end, int size)
    {
        var start = Math.Max(0, end - size);
        var limit = Math.Max(0, start - LongestWord);
        while (start > limit && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>Same, forwards: an end index about <paramref name="size"/> characters after <paramref name="start"/>.</summary>
    public static int EndAfter(string text, int start, int size)
    {
        var end = Math.Min(text.Length, start + size);
        var limit = Math.Min(text.Length, end + LongestWord);
        while (end < limit && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }
}
