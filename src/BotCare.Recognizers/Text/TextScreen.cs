using System.Buffers;
using System.Text;

namespace BotCare.Recognizers.Text;

/// <summary>
/// Cheap tests that tell when a regular expression cannot match a text, so that it is not run at all: most
/// patterns need a word that most messages do not contain ("o'clock", a month's name, a digit).
/// </summary>
/// <remarks>
/// A screen may say "maybe" wrongly but never "no" wrongly, so results are exactly those of running every
/// pattern. Only ASCII text is screened: there case-insensitive regex matching and
/// <see cref="StringComparison.OrdinalIgnoreCase"/> agree letter for letter, and <c>\d</c> is 0-9. Elsewhere
/// they part (the Kelvin sign matches a pattern's "k"; other scripts have their own digits), so any other
/// text is always "maybe".
/// </remarks>
internal readonly struct TextScreen
{
    private readonly string _text;
    private readonly bool _isAscii;

    public TextScreen(string text)
    {
        _text = text;
        _isAscii = Ascii.IsValid(text);
    }

    /// <summary>Words for <see cref="MayMention"/>, matched case-insensitively anywhere (inside words too).</summary>
    public static SearchValues<string> Words(params string[] words) => SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);

    /// <summary>False only when the text surely contains none of <paramref name="words"/>.</summary>
    public bool MayMention(SearchValues<string> words) => !_isAscii || _text.AsSpan().ContainsAny(words);

    /// <summary>False only when the text surely has no digit.</summary>
    public bool MayHaveDigit => !_isAscii || _text.AsSpan().ContainsAnyInRange('0', '9');
}
