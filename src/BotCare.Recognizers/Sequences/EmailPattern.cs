using System.Text.RegularExpressions;

namespace BotCare.Recognizers.Sequences;

/// <summary>An e-mail address as people type it in chat: dotted local part, "+tags", a domain with a real TLD.</summary>
/// <remarks>
/// Quantifiers are bounded by separators (each repetition starts with "." or a label), so the pattern cannot
/// backtrack badly on long input. A sentence's full stop or closing bracket after the address is not part of it.
/// Spelled-out addresses ("jane at gmail dot com") are not recognized.
/// </remarks>
internal static partial class EmailPattern
{
    [GeneratedRegex(
        @"(?<![\p{L}\p{N}.!#$%&'*+/=?^_`{|}~@-])[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}@-]|\.[\p{L}\p{N}])",
        RegexOptions.CultureInvariant)]
    public static partial Regex Email();
}
